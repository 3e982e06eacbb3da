import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws the neutral app icon (the shapes of frontend/public/favicon.svg: a speech bubble with a tick) as the PNG and
 * ICO files browsers and phones ask for. Run from the repository root: java infra/tools/MakeIcons.java
 */
public class MakeIcons {

    private static final Color PRIMARY = new Color(0x1f, 0x4e, 0x79);

    public static void main(String[] args) throws IOException {
        Path out = Path.of("frontend/public");
        ImageIO.write(draw(180), "png", out.resolve("apple-touch-icon.png").toFile());
        ImageIO.write(draw(192), "png", out.resolve("icon-192.png").toFile());
        ImageIO.write(draw(512), "png", out.resolve("icon-512.png").toFile());
        Files.write(out.resolve("favicon.ico"), ico(List.of(16, 32, 48)));
    }

    /** The 64-unit drawing of favicon.svg, scaled to size pixels. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 64.0, size / 64.0);
        g.setColor(PRIMARY);
        g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 24, 24));
        Path2D bubble = new Path2D.Double();
        bubble.moveTo(14, 16);
        bubble.lineTo(50, 16);
        bubble.quadTo(54, 16, 54, 20);
        bubble.lineTo(54, 40);
        bubble.quadTo(54, 44, 50, 44);
        bubble.lineTo(30, 44);
        bubble.lineTo(20, 52);
        bubble.lineTo(20, 44);
        bubble.lineTo(14, 44);
        bubble.quadTo(10, 44, 10, 40);
        bubble.lineTo(10, 20);
        bubble.quadTo(10, 16, 14, 16);
        bubble.closePath();
        g.setColor(Color.WHITE);
        g.fill(bubble);
        Path2D tick = new Path2D.Double();
        tick.moveTo(22, 30);
        tick.lineTo(29, 37);
        tick.lineTo(42, 23);
        g.setColor(PRIMARY);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tick);
        g.dispose();
        return image;
    }

    /** An ICO file whose entries are PNG images (read by every current browser). */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> pngs = new java.util.ArrayList<>();
        for (int size : sizes) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", png);
            pngs.add(png.toByteArray());
        }
        int offset = 6 + 16 * sizes.size();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32).putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(header.array());
        for (byte[] png : pngs) {
            file.write(png);
        }
        return file.toByteArray();
    }
}
