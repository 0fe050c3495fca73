package io.govshare.request.service;

import java.util.List;

/** A page read from the database, before it is mapped to views. */
public record PageResult<T>(List<T> items, int page, int size, long total) {}
