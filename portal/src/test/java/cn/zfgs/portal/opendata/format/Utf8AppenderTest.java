package cn.zfgs.portal.opendata.format;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The appender writes the bytes {@link String#getBytes} would, whatever the segments and buffer boundaries. */
class Utf8AppenderTest {

    @Test
    void encodesLikeTheJdkAcrossSegmentsAndBufferBoundaries() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            // ASCII, two-byte (é), three-byte (Chinese, the BOM) and four-byte (𠀀, a surrogate pair) characters.
            text.append(switch (i % 5) {
                case 0 -> "a,\"b\"\r\n";
                case 1 -> "é";
                case 2 -> "赣药监罚〔2024〕12号";
                case 3 -> "\uFEFF";
                default -> "𠀀";
            });
        }
        String s = text.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Appender appender = new Utf8Appender(out);
        // Segments of odd lengths, so that surrogate pairs are split between appends; chars one by one too.
        int at = 0;
        for (int step = 1; at < s.length(); step = step % 9_000 + 4_097) {
            int end = Math.min(s.length(), at + step);
            appender.append(s, at, end);
            at = end;
        }
        for (int i = 0; i < 100; i++) {
            appender.append(s.charAt(i));
        }
        appender.append(new StringBuilder("𠀀末"));
        appender.flush();
        assertArrayEquals((s + s.substring(0, 100) + "𠀀末").getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void writesAnUnpairedSurrogateAsAQuestionMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Utf8Appender appender = new Utf8Appender(out);
        appender.append("a\uD800b\uDC00c");
        appender.flush();
        assertArrayEquals("a?b?c".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
