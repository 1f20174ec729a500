package cn.zfgs.portal.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a copy of a public page as it is written to the client, for {@link RenderedPages}. Only pages that
 * {@link PublicCacheFilter} marked (a successful GET without cookies set) are copied, and only up to the size limit:
 * a page that grows beyond it, like a streamed download, is sent as usual and not kept.
 */
@Provider
@PublicCache
public class PageCapture implements WriterInterceptor {

    static final String KEY = PageCapture.class.getName();
    /** Headers that describe one response rather than the page. */
    private static final Set<String> PER_RESPONSE = Set.of("content-length", "date", "set-cookie", "transfer-encoding",
            "connection");

    @Inject
    RenderedPages pages;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(KEY) instanceof RenderedPages.Key key)) {
            context.proceed();
            return;
        }
        Copy copy = new Copy(context.getOutputStream(), pages.maxPageBytes());
        context.setOutputStream(copy);
        context.proceed();
        if (!copy.overflowed()) {
            pages.keep(key, new RenderedPages.Page(headers(context.getHeaders()), copy.bytes()));
        }
    }

    private static Map<String, List<String>> headers(MultivaluedMap<String, Object> headers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!PER_RESPONSE.contains(name.toLowerCase())) {
                kept.put(name, values.stream().map(String::valueOf).toList());
            }
        });
        return Map.copyOf(kept);
    }

    /** Passes everything through and keeps a copy until the limit. */
    private static final class Copy extends FilterOutputStream {

        private final int limit;
        private ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);

        Copy(OutputStream out, int limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (copy == null) {
                return;
            }
            if (copy.size() + len > limit) {
                copy = null;
            } else {
                copy.write(b, off, len);
            }
        }

        boolean overflowed() {
            return copy == null;
        }

        byte[] bytes() {
            return copy.toByteArray();
        }
    }
}
