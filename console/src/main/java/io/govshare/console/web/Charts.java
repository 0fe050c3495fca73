package io.govshare.console.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.govshare.console.client.ExchangeApi;

/**
 * The data of a chart as JSON, put in a {@code data-chart} attribute of its container; assets/console.js draws it
 * with ECharts. The same figures are always in a table beside it.
 */
final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {}

    /** {@code {"days":["1日",…],"provided":[…],"used":[…]}} of a month's days. */
    static String byDay(List<ExchangeApi.Day> days) {
        ObjectNode chart = JSON.createObjectNode();
        ArrayNode labels = chart.putArray("days");
        ArrayNode provided = chart.putArray("provided");
        ArrayNode used = chart.putArray("used");
        if (days != null) {
            for (ExchangeApi.Day day : days) {
                String date = day.date();
                labels.add(date != null && date.length() >= 10 ? Integer.parseInt(date.substring(8, 10)) + "日" : "");
                provided.add(day.provided());
                used.add(day.used());
            }
        }
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
