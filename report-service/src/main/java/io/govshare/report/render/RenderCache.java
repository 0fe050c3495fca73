package io.govshare.report.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Renderings of built versions, kept in memory. A version never changes once built, so what was rendered for it
 * stays right; the charts of a version are drawn once for its HTML, DOCX and PDF. Holds the newest few entries.
 */
@ApplicationScoped
public class RenderCache {

    private static final int ENTRIES = 48;

    private final Map<String, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > ENTRIES;
        }
    };

    @SuppressWarnings("unchecked")
    <T> T get(UUID version, String what, Supplier<T> render) {
        String key = version + "/" + what;
        synchronized (this.entries) {
            Object found = this.entries.get(key);
            if (found != null) {
                return (T) found;
            }
        }
        T rendered = render.get();
        synchronized (this.entries) {
            this.entries.put(key, rendered);
        }
        return rendered;
    }
}
