package cn.zfgs.content.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * 二维码 — QR codes, drawn on the server: an officer's certificate carries one that encodes the verification address
 * (scanning it opens the public verification page), and a staff member enrolling a second factor scans one into their
 * authenticator app. Encoded by ZXing (error correction M, the standard 4-module quiet zone), written as
 * SVG (one path, scales for print) or PNG.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4;
    private static final int PNG_MODULE_PIXELS = 8;

    private QrCodes() {
    }

    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("无法生成二维码：" + e.getMessage(), e);
        }
    }

    /** An SVG document, one module per user unit, dark modules as a single path. */
    public static String svg(String text, String title) {
        BitMatrix m = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" width=\"" + m.getWidth() * 4 + "\" height=\"" + m.getHeight() * 4 + "\" shape-rendering=\"crispEdges\""
                + " role=\"img\" aria-label=\"" + xml(title) + "\"><title>" + xml(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** A PNG image, {@value #PNG_MODULE_PIXELS} pixels a module. */
    public static byte[] png(String text) {
        BitMatrix m = matrix(text);
        int size = PNG_MODULE_PIXELS;
        BufferedImage image = new BufferedImage(m.getWidth() * size, m.getHeight() * size,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, m.get(x / size, y / size) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
