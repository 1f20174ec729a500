package cn.zfgs.portal.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * schema.org JSON-LD for the entity pages, serialised by Jackson (never by string concatenation) and made safe to
 * sit inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are written as JSON unicode escapes, so
 * no published text can close the element.
 */
@ApplicationScoped
public class JsonLd {

    @Inject
    ObjectMapper mapper;

    /** A node of the given schema.org type; add properties with {@link Node#with}. */
    public static Node node(String type) {
        return new Node(type);
    }

    public RawString render(Node node) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.putAll(node.properties);
        try {
            String json = mapper.writeValueAsString(document)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
            return new RawString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD could not be written", e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Node n) {
            return n.properties;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(JsonLd::plain).toList();
        }
        return value;
    }

    /** One schema.org node; null and empty values are left out. */
    public static final class Node {
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Node(String type) {
            properties.put("@type", type);
        }

        public Node with(String property, Object value) {
            if (value != null && !(value instanceof String s && s.isEmpty())) {
                properties.put(property, plain(value));
            }
            return this;
        }
    }
}
