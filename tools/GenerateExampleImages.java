import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the flat illustrations of the example workspace and the organisation emblem.
 *
 * <p>Run from the repository root: {@code java tools/GenerateExampleImages.java} (optionally
 * followed by the workspace folder, default {@code examples}).
 *
 * <p>The pictures are illustrations, not photographs, and are credited as such in the releases.
 * They contain no text, because text would depend on the fonts installed on the machine; all
 * shapes come from fixed coordinates and seeded {@link Random}s, so every run writes the same
 * pixels. Only the JDK is used (java.awt in headless mode and ImageIO).
 */
public final class GenerateExampleImages {

    private static final int W = 1200;
    private static final int H = 800;

    private static final Color[] SERBIA = {rgb(0xC6363C), rgb(0x0C4076), rgb(0xFFFFFF)};
    private static final Color[] RUSSIA = {rgb(0xFFFFFF), rgb(0x0039A6), rgb(0xD52B1E)};

    private GenerateExampleImages() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        Path releases = examples.resolve("releases");
        write(emblem(), examples.resolve("assets/emblem.png"));
        write(meeting(), releases.resolve("djordjevic-chepurin/meeting.png"));
        write(exercise(), releases.resolve("exercise-morava-shield-2026/exercise.png"));
        write(graduation(), releases.resolve("military-academy-graduation-2026/graduation.png"));
        write(donation(), releases.resolve("donation-cuprija-hospital/donation.png"));
        write(unifil(), releases.resolve("unifil-contingent-rotation/unifil.png"));
    }

    // ---------------------------------------------------------------- emblem

    /** A heraldic-style shield: a red chief with three stars over a white field with a chevron. */
    static BufferedImage emblem() {
        BufferedImage img = new BufferedImage(512, 512, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = begin(img);
        Shape outer = shield(256, 28, 400, 456);
        Shape trim = shield(256, 46, 364, 420);
        Shape inner = shield(256, 58, 340, 394);
        fill(g, outer, rgb(0x0C4076));
        fill(g, trim, rgb(0xF4F1EA));
        fill(g, inner, rgb(0xFFFFFF));
        g.setClip(inner);
        fill(g, rect(0, 0, 512, 186), rgb(0xC6363C));
        fill(g, rect(0, 186, 512, 8), rgb(0x0C4076));
        for (int i = 0; i < 3; i++) {
            fill(g, star(166 + i * 90, 124, 34, 14, 5, -Math.PI / 2), rgb(0xFFFFFF));
        }
        Path2D chevron = poly(256, 236, 430, 410, 430, 470, 256, 296, 82, 470, 82, 410);
        fill(g, chevron, rgb(0x0C4076));
        Path2D lower = poly(256, 326, 400, 470, 112, 470);
        fill(g, lower, rgb(0xC6363C));
        fill(g, circle(256, 404, 22), rgb(0xFFFFFF));
        g.setClip(null);
        g.setStroke(new BasicStroke(3f));
        g.setColor(rgba(0x0C4076, 90));
        g.draw(inner);
        g.dispose();
        return img;
    }

    /** A heater shield with flat top and curved sides meeting in a point. */
    static Shape shield(double cx, double top, double width, double height) {
        double l = cx - width / 2;
        double r = cx + width / 2;
        double bottom = top + height;
        double shoulder = top + height * 0.46;
        Path2D p = new Path2D.Double();
        p.moveTo(l, top);
        p.lineTo(r, top);
        p.lineTo(r, shoulder);
        p.curveTo(r, top + height * 0.78, cx + width * 0.22, bottom - height * 0.08, cx, bottom);
        p.curveTo(cx - width * 0.22, bottom - height * 0.08, l, top + height * 0.78, l, shoulder);
        p.closePath();
        return p;
    }

    // --------------------------------------------------------------- meeting

    /** Two officials at a meeting table, the Serbian and the Russian flag behind them. */
    static BufferedImage meeting() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(img);
        fill(g, rect(0, 0, W, H), rgb(0xEDE5D6));
        fill(g, rect(0, 462, W, 338), rgb(0xDCCFB9));
        fill(g, rect(0, 456, W, 10), rgb(0xC9B99E));
        g.setStroke(new BasicStroke(3f));
        g.setColor(rgb(0xE3D9C7));
        for (int i = 0; i < 5; i++) {
            g.draw(rect(355 + i * 100, 60, 80, 360));
        }
        window(g, 60, 70, 220, 320);
        window(g, 920, 70, 220, 320);

        pole(g, 470, 96, 560);
        pole(g, 730, 96, 560);
        wavyFlag(g, 473, 118, 126, 84, SERBIA, true, 0.4);
        wavyFlag(g, 601, 118, 126, 84, RUSSIA, false, 1.3);

        seatedPerson(g, 300, 552, rgb(0x27364A), rgb(0xE2B48C), rgb(0x3A2A20), rgb(0xA3282F), 8);
        seatedPerson(g, 900, 552, rgb(0x3B3C42), rgb(0xE8BE9A), rgb(0x9C9A96), rgb(0x1F4E8C), -8);

        fill(g, poly(70, 545, 1130, 545, 1185, 622, 15, 622), rgb(0x7B5638));
        fill(g, rect(15, 622, 1170, 178), rgb(0x5C3F2A));
        fill(g, rect(15, 620, 1170, 10), rgb(0x8E6545));
        fill(g, rect(15, 700, 1170, 4), rgb(0x533826));

        paper(g, 392, 590, -0.05);
        paper(g, 808, 588, 0.06);
        forearms(g, 300, rgb(0x27364A), rgb(0xE2B48C));
        forearms(g, 900, rgb(0x3B3C42), rgb(0xE8BE9A));

        glass(g, 470, 560);
        glass(g, 720, 560);
        nameplate(g, 300);
        nameplate(g, 900);

        deskFlag(g, 572, 600, SERBIA, false);
        deskFlag(g, 628, 600, RUSSIA, true);
        g.dispose();
        return img;
    }

    static void window(Graphics2D g, double x, double y, double w, double h) {
        fill(g, rect(x - 12, y - 12, w + 24, h + 24), rgb(0xF8F4EC));
        float top = (float) y;
        float bottom = (float) (y + h);
        g.setPaint(new GradientPaint(0, top, rgb(0xB9D6EB), 0, bottom, rgb(0xE6F1F7)));
        g.fill(rect(x, y, w, h));
        fill(g, rect(x + w / 2 - 5, y, 10, h), rgb(0xF8F4EC));
        fill(g, rect(x, y + h * 0.36, w, 10), rgb(0xF8F4EC));
        for (int side = 0; side < 2; side++) {
            double cx = side == 0 ? x - 30 : x + w - 42;
            double hem = y + h + 40;
            Path2D drape = poly(cx, y - 20, cx + 72, y - 20, cx + 58, hem, cx + 6, hem);
            fill(g, drape, rgb(0x8A2E38));
            for (int k = 1; k < 4; k++) {
                double fx = cx + k * 17;
                fill(g, poly(fx, y - 20, fx + 5, y - 20, fx + 2, hem, fx - 3, hem),
                        rgb(0x74242D));
            }
        }
        fill(g, round(x - 40, y - 34, w + 80, 30, 8), rgb(0x74242D));
    }

    static void pole(Graphics2D g, double x, double top, double bottom) {
        fill(g, rect(x - 3, top, 6, bottom - top), rgb(0xB08D57));
        fill(g, circle(x, top - 6, 8), rgb(0xD4AF37));
    }

    static void seatedPerson(
            Graphics2D g, double cx, double tableY, Color suit, Color skin, Color hair, Color tie,
            double turn) {
        Path2D torso = new Path2D.Double();
        torso.moveTo(cx - 128, tableY + 10);
        torso.lineTo(cx - 122, tableY - 108);
        torso.curveTo(cx - 118, tableY - 150, cx - 90, tableY - 162, cx - 40, tableY - 166);
        torso.lineTo(cx + 40, tableY - 166);
        torso.curveTo(cx + 90, tableY - 162, cx + 118, tableY - 150, cx + 122, tableY - 108);
        torso.lineTo(cx + 128, tableY + 10);
        torso.closePath();
        fill(g, rect(cx - 20, tableY - 196, 40, 40), darker(skin, 0.9));
        fill(g, torso, suit);
        fill(g, poly(cx - 34, tableY - 166, cx + 34, tableY - 166, cx, tableY - 70), rgb(0xF7F7F5));
        fill(g, poly(cx - 8, tableY - 162, cx + 8, tableY - 162, cx + 5, tableY - 148, cx - 5,
                tableY - 148), darker(tie, 0.85));
        fill(g, poly(cx - 5, tableY - 148, cx + 5, tableY - 148, cx + 13, tableY - 92, cx,
                tableY - 76, cx - 13, tableY - 92), tie);
        Color lapel = darker(suit, 0.8);
        fill(g, poly(cx - 34, tableY - 166, cx - 54, tableY - 150, cx - 34, tableY - 122, cx - 2,
                tableY - 70), lapel);
        fill(g, poly(cx + 34, tableY - 166, cx + 54, tableY - 150, cx + 34, tableY - 122, cx + 2,
                tableY - 70), lapel);
        double hx = cx + turn;
        fill(g, oval(hx - 56, tableY - 252, 16, 28), darker(skin, 0.92));
        fill(g, oval(hx + 40, tableY - 252, 16, 28), darker(skin, 0.92));
        fill(g, oval(hx - 47, tableY - 294, 94, 112), skin);
        Area hairShape = new Area(oval(hx - 51, tableY - 302, 102, 96));
        hairShape.subtract(new Area(rect(hx - 60, tableY - 250, 120, 80)));
        hairShape.subtract(new Area(oval(hx - 38 + turn, tableY - 268, 76, 60)));
        fill(g, hairShape, hair);
    }

    /** Forearms resting on the table, hands folded in front of the body. */
    static void forearms(Graphics2D g, double cx, Color suit, Color skin) {
        fill(g, round(cx - 124, 558, 110, 34, 18), darker(suit, 0.92));
        fill(g, round(cx + 14, 558, 110, 34, 18), darker(suit, 0.92));
        fill(g, rect(cx - 30, 560, 10, 30), rgb(0xF7F7F5));
        fill(g, rect(cx + 20, 560, 10, 30), rgb(0xF7F7F5));
        fill(g, oval(cx - 24, 558, 30, 32), darker(skin, 0.95));
        fill(g, oval(cx - 6, 556, 30, 32), skin);
    }

    static void paper(Graphics2D g, double cx, double cy, double angle) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(angle);
        fill(g, poly(-62, -16, 58, -16, 70, 18, -50, 18), rgb(0xD9D4CA));
        fill(g, poly(-58, -20, 62, -20, 74, 14, -46, 14), rgb(0xFBFAF6));
        g.setStroke(new BasicStroke(2f));
        g.setColor(rgb(0xC8C3B8));
        for (int i = 0; i < 3; i++) {
            double ly = -10 + i * 8;
            g.draw(new Line2D.Double(-40 + i * 2, ly, 40 + i * 2, ly));
        }
        g.setTransform(saved);
    }

    static void glass(Graphics2D g, double cx, double bottom) {
        fill(g, oval(cx - 22, bottom - 6, 44, 12), rgba(0x000000, 40));
        fill(g, poly(cx - 18, bottom - 62, cx + 18, bottom - 62, cx + 15, bottom, cx - 15, bottom),
                rgba(0xCFE6F2, 200));
        fill(g, poly(cx - 15, bottom - 34, cx + 15, bottom - 34, cx + 14, bottom, cx - 14, bottom),
                rgba(0x9CC8E0, 200));
        fill(g, rect(cx - 11, bottom - 56, 4, 50), rgba(0xFFFFFF, 170));
    }

    static void nameplate(Graphics2D g, double cx) {
        fill(g, poly(cx - 62, 596, cx + 62, 596, cx + 66, 616, cx - 66, 616), rgb(0xF5F2EA));
        fill(g, rect(cx - 66, 616, 132, 6), rgb(0xCFC8B8));
        fill(g, rect(cx - 40, 604, 80, 5), rgb(0xB9B2A2));
    }

    static void deskFlag(Graphics2D g, double x, double base, Color[] stripes, boolean hoistLeft) {
        fill(g, oval(x - 14, base - 6, 28, 10), rgb(0x8C8C8C));
        fill(g, rect(x - 1.5, base - 84, 3, 80), rgb(0xB8B8B8));
        double fx = hoistLeft ? x + 1.5 : x - 1.5 - 48;
        for (int s = 0; s < stripes.length; s++) {
            fill(g, rect(fx, base - 82 + s * 10, 48, 32 - s * 10), stripes[s]);
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(rgba(0x000000, 50));
        g.draw(rect(fx, base - 82, 48, 30));
    }

    // -------------------------------------------------------------- exercise

    /** Armoured vehicles, a helicopter and soldiers on a training ground. */
    static BufferedImage exercise() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(img);
        g.setPaint(new GradientPaint(0, 0, rgb(0x8DB9DD), 0, 450, rgb(0xDCEAF3)));
        g.fill(rect(0, 0, W, 470));
        cloud(g, 170, 110, 1.0);
        cloud(g, 520, 70, 0.7);
        cloud(g, 1040, 150, 0.85);

        fill(g, hills(380, 40, 0.006, 1.0, 470), rgb(0xAFC0A7));
        fill(g, hills(420, 28, 0.011, 2.2, 470), rgb(0x8CA577));
        Random rnd = new Random(7);
        g.setColor(rgb(0x58723F));
        g.fill(rect(0, 452, W, 30));
        for (double x = -10; x < W + 20; x += 14 + rnd.nextInt(10)) {
            double r = 12 + rnd.nextInt(12);
            g.fill(circle(x, 456 - r * 0.4, r));
        }

        fill(g, rect(0, 470, W, 330), rgb(0xA9AE6E));
        for (int i = 0; i < 6; i++) {
            double y0 = 470 + i * 55;
            fill(g, rect(0, y0 + 22, W, 12 + i * 3), rgb(0xA2A868));
        }
        Path2D track = new Path2D.Double();
        track.moveTo(-10, 690);
        track.curveTo(300, 640, 700, 600, 1210, 540);
        track.lineTo(1210, 585);
        track.curveTo(700, 660, 300, 720, -10, 770);
        track.closePath();
        fill(g, track, rgb(0xC2A97C));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(rgb(0xAD9368));
        Path2D rut = new Path2D.Double();
        rut.moveTo(-10, 715);
        rut.curveTo(300, 668, 700, 628, 1210, 558);
        g.draw(rut);
        rut = new Path2D.Double();
        rut.moveTo(-10, 745);
        rut.curveTo(300, 695, 700, 645, 1210, 572);
        g.draw(rut);

        helicopter(g, 840, 170, 0.9);
        dust(g, 1010, 560, 1.0);
        tank(g, 880, 596, 0.62);
        dust(g, 210, 660, 1.3);
        apc(g, 470, 680, 1.0);

        Color soldier = rgb(0x2F3A25);
        kneelingSoldier(g, 130, 790, 1.25, soldier);
        standingSoldier(g, 250, 792, 1.3, soldier);
        kneelingSoldier(g, 960, 792, 1.3, soldier);
        standingSoldier(g, 1080, 795, 1.35, soldier);
        g.setColor(rgb(0x7F8A4B));
        for (int i = 0; i < 70; i++) {
            double x = rnd.nextInt(W);
            double y = 760 + rnd.nextInt(40);
            g.fill(poly(x, y, x + 4, y - 14 - rnd.nextInt(8), x + 8, y));
        }
        g.dispose();
        return img;
    }

    static void cloud(Graphics2D g, double x, double y, double s) {
        Area a = new Area(oval(x - 90 * s, y - 20 * s, 180 * s, 50 * s));
        a.add(new Area(circle(x - 30 * s, y - 18 * s, 38 * s)));
        a.add(new Area(circle(x + 25 * s, y - 28 * s, 46 * s)));
        a.add(new Area(circle(x + 70 * s, y - 6 * s, 28 * s)));
        fill(g, a, rgba(0xFFFFFF, 225));
    }

    static Path2D hills(double base, double amp, double freq, double phase, double bottom) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, bottom);
        for (int x = 0; x <= W; x += 10) {
            double wave = Math.sin(x * freq + phase) + 0.5 * Math.sin(x * freq * 2.3 + 1);
            double y = base - amp * wave;
            p.lineTo(x, y);
        }
        p.lineTo(W, bottom);
        p.closePath();
        return p;
    }

    static void dust(Graphics2D g, double x, double y, double s) {
        fill(g, oval(x - 150 * s, y - 60 * s, 190 * s, 80 * s), rgba(0xD8C9A6, 120));
        fill(g, oval(x - 90 * s, y - 90 * s, 150 * s, 100 * s), rgba(0xE2D5B6, 110));
        fill(g, oval(x - 200 * s, y - 40 * s, 120 * s, 50 * s), rgba(0xD8C9A6, 90));
    }

    /** An eight-wheeled armoured personnel carrier seen from the side, facing right. */
    static void apc(Graphics2D g, double x, double y, double s) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        fill(g, oval(-200, -12, 400, 24), rgba(0x000000, 45));
        Path2D hull =
                poly(-190, -45, -184, -118, 88, -124, 172, -86, 188, -45, 160, -30, -170, -30);
        fill(g, hull, rgb(0x66743F));
        fill(g, poly(-184, -118, 88, -124, 120, -110, -184, -104), rgb(0x78874B));
        fill(g, poly(-190, -58, 188, -58, 188, -45, 160, -30, -170, -30), rgb(0x56633A));
        fill(g, rect(-40, -146, 74, 26), rgb(0x5B6838));
        fill(g, rect(28, -139, 92, 7), rgb(0x3E4828));
        for (int i = 0; i < 5; i++) {
            fill(g, rect(-150 + i * 46, -100, 22, 10), rgb(0x3E4828));
        }
        g.setStroke(new BasicStroke(2.5f));
        g.setColor(rgb(0x4E5A32));
        g.draw(new Line2D.Double(-60, -116, -60, -62));
        g.draw(new Line2D.Double(-120, -116, -120, -62));
        for (double wx : new double[] {-135, -65, 45, 115}) {
            fill(g, circle(wx, -30, 31), rgb(0x262624));
            fill(g, circle(wx, -30, 13), rgb(0x6A6B5C));
        }
        g.setTransform(saved);
    }

    /** A main battle tank seen from the side, facing left. */
    static void tank(Graphics2D g, double x, double y, double s) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        fill(g, oval(-190, -12, 380, 24), rgba(0x000000, 40));
        fill(g, round(-165, -62, 330, 62, 60), rgb(0x3A3D2F));
        for (int i = 0; i < 6; i++) {
            fill(g, circle(-120 + i * 48, -28, 22), rgb(0x5E624D));
            fill(g, circle(-120 + i * 48, -28, 8), rgb(0x3A3D2F));
        }
        fill(g, poly(-178, -62, -150, -96, 160, -96, 178, -62), rgb(0x6B7548));
        fill(g, poly(-80, -96, -62, -140, 66, -140, 92, -96), rgb(0x76814F));
        fill(g, rect(-290, -126, 220, 10), rgb(0x5B6540));
        fill(g, rect(10, -154, 30, 16), rgb(0x5B6540));
        g.setTransform(saved);
    }

    /** A utility helicopter in flight, facing left. */
    static void helicopter(Graphics2D g, double x, double y, double s) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        Color body = rgb(0x4E5B3F);
        fill(g, poly(50, -16, 230, -8, 230, 4, 50, 20), body);
        fill(g, poly(205, -6, 222, -52, 238, -52, 232, 2), body);
        fill(g, oval(-95, -40, 170, 80), body);
        fill(g, oval(-92, -30, 60, 40), rgb(0x9FB7C3));
        fill(g, rect(-8, -58, 16, 20), body);
        fill(g, rect(-190, -64, 380, 6), rgb(0x2F3626));
        g.setStroke(new BasicStroke(3f));
        g.setColor(rgba(0x2F3626, 160));
        g.draw(circle(230, -22, 24));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(rgb(0x2F3626));
        g.draw(new Line2D.Double(-80, 58, 70, 58));
        g.draw(new Line2D.Double(-50, 36, -56, 58));
        g.draw(new Line2D.Double(40, 36, 46, 58));
        g.setTransform(saved);
    }

    static void kneelingSoldier(Graphics2D g, double x, double y, double s, Color c) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        limb(g, c, 15, 0, -62, 30, -54, 28, 0, 40, 0);
        limb(g, c, 15, 0, -62, -16, -8, -52, -6);
        limb(g, c, 30, 0, -64, 8, -116);
        fill(g, round(-24, -124, 20, 50, 8), darker(c, 0.85));
        fill(g, circle(16, -136, 12), c);
        fill(g, helmet(16, -140, 17), c);
        limb(g, darker(c, 0.7), 6, -2, -112, 84, -120);
        fill(g, rect(26, -116, 8, 16), darker(c, 0.7));
        limb(g, c, 10, 6, -118, 28, -108, 52, -118);
        g.setTransform(saved);
    }

    static void standingSoldier(Graphics2D g, double x, double y, double s, Color c) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        limb(g, c, 15, -2, -86, -12, -2, -2, 0);
        limb(g, c, 15, 2, -86, 14, -2, 24, 0);
        limb(g, c, 32, 0, -88, 2, -144);
        fill(g, round(-32, -148, 20, 54, 8), darker(c, 0.85));
        fill(g, circle(4, -164, 12), c);
        fill(g, helmet(4, -168, 17), c);
        limb(g, darker(c, 0.7), 6, -18, -96, 34, -152);
        limb(g, c, 10, 6, -138, 22, -112, 10, -118);
        limb(g, c, 10, -4, -136, 14, -132);
        g.setTransform(saved);
    }

    static void walkingSoldier(Graphics2D g, double x, double y, double s, Color c, Color hat) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        limb(g, c, 15, 0, -86, -14, -44, -24, 0);
        limb(g, c, 15, 0, -86, 12, -44, 20, 0);
        limb(g, c, 32, 0, -88, 2, -144);
        fill(g, round(-32, -148, 20, 56, 8), darker(c, 0.85));
        limb(g, c, 10, 2, -136, 18, -104);
        fill(g, circle(4, -164, 12), c);
        fill(g, helmet(4, -168, 17), hat);
        g.setTransform(saved);
    }

    static Shape helmet(double cx, double cy, double r) {
        Area a = new Area(oval(cx - r, cy - r, 2 * r, 1.6 * r));
        a.subtract(new Area(rect(cx - r - 1, cy + 0.1 * r, 2 * r + 2, r)));
        a.add(new Area(round(cx - r * 1.15, cy, r * 2.3, r * 0.3, r * 0.3)));
        return a;
    }

    // ------------------------------------------------------------ graduation

    /** Rows of cadets in dress uniform and peaked caps in front of an academy building. */
    static BufferedImage graduation() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(img);
        g.setPaint(new GradientPaint(0, 0, rgb(0xA9CBE6), 0, 480, rgb(0xE4EFF6)));
        g.fill(rect(0, 0, W, 480));
        tree(g, 40, 470, 1.2);
        tree(g, 1160, 470, 1.3);

        fill(g, rect(70, 150, 1060, 330), rgb(0xE8DAC0));
        fill(g, rect(60, 138, 1080, 18), rgb(0xF3EAD8));
        fill(g, rect(70, 300, 1060, 10), rgb(0xDCCBAE));
        for (int row = 0; row < 2; row++) {
            for (int i = 0; i < 16; i++) {
                double wx = 96 + i * 64;
                if (wx > 400 && wx < 780) {
                    continue;
                }
                double wy = 180 + row * 150;
                fill(g, round(wx, wy, 30, 80, 14), rgb(0x5E6E7D));
                fill(g, rect(wx - 4, wy + 80, 38, 6), rgb(0xF3EAD8));
            }
        }
        fill(g, rect(410, 120, 380, 360), rgb(0xEFE3CC));
        fill(g, poly(396, 124, 600, 40, 804, 124), rgb(0xF3EAD8));
        fill(g, poly(430, 114, 600, 56, 770, 114), rgb(0xE2D3B6));
        fill(g, circle(600, 92, 14), rgb(0xF3EAD8));
        for (int i = 0; i < 6; i++) {
            double cx = 440 + i * 64;
            fill(g, rect(cx, 140, 24, 320), rgb(0xF7F0E2));
            fill(g, rect(cx + 16, 140, 8, 320), rgb(0xE0D1B4));
            fill(g, rect(cx - 6, 132, 36, 10), rgb(0xF7F0E2));
        }
        fill(g, rect(402, 458, 396, 24), rgb(0xD9CAAC));
        pole(g, 600, 0, 40);
        wavyFlag(g, 603, 6, 78, 52, SERBIA, true, 0.8);

        fill(g, rect(0, 480, W, 320), rgb(0xB7B3A8));
        g.setStroke(new BasicStroke(2f));
        g.setColor(rgb(0xAAA69A));
        for (int i = -12; i <= 12; i++) {
            g.draw(new Line2D.Double(600 + i * 40, 480, 600 + i * 190, 800));
        }
        for (int i = 0; i < 6; i++) {
            double yy = 480 + Math.pow(i / 6.0, 1.6) * 320;
            g.draw(new Line2D.Double(0, yy, W, yy));
        }

        Color[] skins = {rgb(0xE7BC98), rgb(0xD9A77F), rgb(0xF0C9A8), rgb(0xC99670)};
        // The formation: columns converge on a vanishing point above the building's door.
        double vanishX = 600;
        for (int r = 0; r < 3; r++) {
            double scale = 0.32 + r * 0.04;
            double feet = 530 + r * 26;
            for (int i = 0; i < 13; i++) {
                double x = vanishX + (i - 6) * 66 * scale / 0.32;
                cadet(g, x, feet, scale, skins[(i + r) % skins.length]);
            }
        }
        for (int i = 0; i < 5; i++) {
            cadet(g, 160 + i * 220, 788, 0.92, skins[(i * 3 + 1) % skins.length]);
        }
        g.dispose();
        return img;
    }

    static void tree(Graphics2D g, double x, double ground, double s) {
        fill(g, rect(x - 10 * s, ground - 120 * s, 20 * s, 120 * s), rgb(0x6B5040));
        fill(g, circle(x, ground - 190 * s, 85 * s), rgb(0x5E8A4E));
        fill(g, circle(x - 45 * s, ground - 150 * s, 55 * s), rgb(0x557F46));
        fill(g, circle(x + 48 * s, ground - 145 * s, 58 * s), rgb(0x6A9657));
    }

    /** A cadet in dress uniform facing the viewer; the feet stand on (x, y). */
    static void cadet(Graphics2D g, double x, double y, double s, Color skin) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        Color uniform = rgb(0x34405A);
        Color dark = rgb(0x28324A);
        fill(g, oval(-50, -8, 100, 16), rgba(0x000000, 45));
        fill(g, oval(-28, -12, 26, 12), rgb(0x151515));
        fill(g, oval(2, -12, 26, 12), rgb(0x151515));
        fill(g, poly(-26, -150, -2, -150, -4, -6, -24, -6), dark);
        fill(g, poly(2, -150, 26, -150, 24, -6, 4, -6), dark);
        fill(g, rect(-25.5, -150, 3, 144), rgb(0xA8323A));
        fill(g, rect(22.5, -150, 3, 144), rgb(0xA8323A));
        fill(g, rect(-11, -272, 22, 26), darker(skin, 0.9));
        Path2D jacket = new Path2D.Double();
        jacket.moveTo(-44, -250);
        jacket.curveTo(-30, -262, 30, -262, 44, -250);
        jacket.lineTo(34, -160);
        jacket.lineTo(32, -124);
        jacket.lineTo(-32, -124);
        jacket.lineTo(-34, -160);
        jacket.closePath();
        fill(g, jacket, uniform);
        fill(g, poly(-12, -258, 12, -258, 0, -226), rgb(0xF4F4F2));
        fill(g, poly(-3, -252, 3, -252, 4, -224, 0, -218, -4, -224), dark);
        fill(g, rect(-32, -162, 64, 9), rgb(0xF2F2F0));
        fill(g, rect(-6, -163, 12, 11), rgb(0xC9A84A));
        for (int i = 0; i < 3; i++) {
            fill(g, circle(0, -206 + i * 22, 3), rgb(0xD4B04C));
        }
        fill(g, round(-58, -252, 16, 118, 8), dark);
        fill(g, round(42, -252, 16, 118, 8), dark);
        fill(g, oval(-59, -142, 18, 20), rgb(0xFAFAFA));
        fill(g, oval(41, -142, 18, 20), rgb(0xFAFAFA));
        fill(g, rect(-48, -256, 22, 7), rgb(0xC9A84A));
        fill(g, rect(26, -256, 22, 7), rgb(0xC9A84A));
        fill(g, oval(-18, -314, 36, 46), skin);
        fill(g, oval(-21, -298, 7, 12), darker(skin, 0.92));
        fill(g, oval(14, -298, 7, 12), darker(skin, 0.92));
        fill(g, oval(-32, -338, 64, 20), uniform);
        fill(g, rect(-21, -330, 42, 14), dark);
        fill(g, rect(-21, -322, 42, 3), rgb(0xA8323A));
        fill(g, oval(-22, -321, 44, 12), rgb(0x111111));
        fill(g, circle(0, -330, 4), rgb(0xD4B04C));
        g.setTransform(saved);
    }

    // -------------------------------------------------------------- donation

    /** A soldier hands a box to a doctor in front of a hospital; more boxes and a vehicle wait. */
    static BufferedImage donation() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(img);
        g.setPaint(new GradientPaint(0, 0, rgb(0xB7D5EC), 0, 420, rgb(0xE6F1F8)));
        g.fill(rect(0, 0, W, 560));
        tree(g, 50, 540, 1.25);
        tree(g, 1150, 540, 1.1);

        fill(g, rect(120, 110, 960, 430), rgb(0xF1F1EC));
        fill(g, rect(110, 98, 980, 18), rgb(0xDADDD8));
        fill(g, rect(120, 116, 960, 14), rgb(0x2E6DA4));
        for (int row = 0; row < 3; row++) {
            double wy = 160 + row * 110;
            for (int i = 0; i < 12; i++) {
                double wx = 150 + i * 78;
                if (row == 2 && wx > 480 && wx < 720) {
                    continue;
                }
                fill(g, rect(wx, wy, 56, 62), rgb(0x8FB3CC));
                fill(g, rect(wx + 26, wy, 4, 62), rgb(0xF1F1EC));
                fill(g, rect(wx - 3, wy + 62, 62, 5), rgb(0xD6D8D2));
            }
        }
        fill(g, rect(500, 380, 200, 160), rgb(0x9EC3D9));
        fill(g, rect(597, 380, 6, 160), rgb(0xDCE3E6));
        fill(g, rect(470, 362, 260, 20), rgb(0xD5DADD));
        fill(g, round(560, 318, 80, 40, 8), rgb(0x2E6DA4));
        fill(g, rect(592, 324, 16, 28), rgb(0xFFFFFF));
        fill(g, rect(586, 330, 28, 16), rgb(0xFFFFFF));

        fill(g, rect(0, 540, W, 260), rgb(0xCFCAC0));
        fill(g, rect(0, 536, W, 10), rgb(0xB9B4A9));
        fill(g, rect(0, 640, W, 160), rgb(0xC6C1B6));

        van(g, 860, 640, 1.0);

        Color card = rgb(0xC99B62);
        Color cardSide = rgb(0xAD8250);
        double[][] stack = {
            {90, 690}, {190, 690}, {290, 690}, {140, 610}, {240, 610}, {190, 530}
        };
        fill(g, oval(70, 754, 350, 30), rgba(0x000000, 40));
        for (double[] b : stack) {
            box(g, b[0], b[1], 96, 80, card, cardSide);
        }

        person(g, 500, 770, rgb(0x5B6640), rgb(0x465030), rgb(0xD9A77F), rgb(0x3B4A2A), true, true);
        person(g, 720, 770, rgb(0xF6F8F8), rgb(0x7FA6C9), rgb(0xE7BC98), rgb(0x4A3426), false,
                false);
        box(g, 562, 560, 98, 78, card, cardSide);
        fill(g, oval(548, 590, 24, 20), rgb(0xD9A77F));
        fill(g, oval(650, 590, 24, 20), rgb(0xE7BC98));
        g.dispose();
        return img;
    }

    static void box(Graphics2D g, double x, double y, double w, double h, Color front, Color side) {
        fill(g, poly(x + w, y, x + w + 16, y - 12, x + w + 16, y + h - 12, x + w, y + h), side);
        fill(g, poly(x, y, x + 16, y - 12, x + w + 16, y - 12, x + w, y), darker(front, 1.08));
        fill(g, rect(x, y, w, h), front);
        fill(g, rect(x + w / 2 - 7, y, 14, h), rgb(0xE3C58F));
        double mid = x + w / 2;
        fill(g, poly(mid - 7, y, mid + 9, y - 12, mid + 23, y - 12, mid + 7, y), rgb(0xE9CF9E));
    }

    static void van(Graphics2D g, double x, double y, double s) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(s, s);
        fill(g, oval(-20, -10, 320, 22), rgba(0x000000, 40));
        fill(g, poly(0, -40, 0, -200, 210, -200, 240, -130, 290, -110, 295, -40), rgb(0xF7F7F4));
        fill(g, rect(0, -112, 295, 22), rgb(0x2E6DA4));
        fill(g, poly(214, -190, 236, -132, 214, -132), rgb(0x5F7D91));
        fill(g, rect(150, -186, 50, 50), rgb(0x5F7D91));
        fill(g, rect(14, -186, 118, 50), rgb(0xDCE3E6));
        fill(g, rect(40, -226, 40, 26), rgb(0x2E6DA4));
        fill(g, rect(0, -48, 295, 10), rgb(0x9AA1A5));
        for (double wx : new double[] {58, 236}) {
            fill(g, circle(wx, -34, 32), rgb(0x262626));
            fill(g, circle(wx, -34, 14), rgb(0xB5BABD));
        }
        g.setTransform(saved);
    }

    /** A standing person in profile, holding the arms forward; the feet stand on (x, y). */
    static void person(
            Graphics2D g, double x, double y, Color top, Color legs, Color skin, Color hair,
            boolean facingRight, boolean cap) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(facingRight ? 1 : -1, 1);
        fill(g, oval(-60, -10, 130, 20), rgba(0x000000, 45));
        limb(g, legs, 26, 0, -150, -18, -10);
        limb(g, legs, 26, 0, -150, 20, -10);
        fill(g, round(-34, -14, 40, 16, 8), rgb(0x222222));
        fill(g, round(8, -14, 40, 16, 8), rgb(0x222222));
        Path2D body = new Path2D.Double();
        body.moveTo(-30, -290);
        body.curveTo(-10, -302, 22, -300, 32, -286);
        body.lineTo(40, top.getRed() > 200 ? -100 : -140);
        body.lineTo(-36, top.getRed() > 200 ? -100 : -140);
        body.closePath();
        fill(g, body, top);
        if (top.getRed() > 200) {
            g.setStroke(new BasicStroke(2f));
            g.setColor(rgb(0xC9CFD2));
            g.draw(body);
            fill(g, poly(10, -292, 30, -286, 16, -240), rgb(0x7FA6C9));
        } else {
            fill(g, rect(-36, -160, 76, 10), rgb(0x3B4426));
            fill(g, rect(10, -250, 18, 14), rgb(0x465030));
        }
        limb(g, darker(top, 0.9), 20, 14, -272, 40, -200, 66, -190);
        fill(g, rect(-6, -316, 18, 30), darker(skin, 0.9));
        fill(g, oval(-22, -364, 48, 56), skin);
        fill(g, oval(-18, -342, 10, 14), darker(skin, 0.9));
        if (cap) {
            fill(g, oval(-26, -374, 54, 26), hair);
            fill(g, round(-8, -360, 48, 8, 4), hair);
        } else {
            Area h = new Area(oval(-26, -372, 56, 44));
            h.subtract(new Area(oval(-2, -352, 40, 40)));
            fill(g, h, hair);
        }
        g.setTransform(saved);
    }

    // ---------------------------------------------------------------- unifil

    /** A blue UN helmet on an airfield, a transport aircraft climbing, a contingent marching. */
    static BufferedImage unifil() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = begin(img);
        g.setPaint(new LinearGradientPaint(0, 0, 0, 480, new float[] {0f, 0.65f, 1f},
                new Color[] {rgb(0x5F97CF), rgb(0xB9D3E6), rgb(0xF3DDB3)}));
        g.fill(rect(0, 0, W, 480));
        fill(g, circle(960, 420, 70), rgba(0xFFF4D8, 180));
        fill(g, hills(430, 30, 0.005, 0.3, 490), rgb(0xC9AC80));
        fill(g, hills(452, 18, 0.012, 2.0, 490), rgb(0xB4946A));
        fill(g, rect(0, 470, W, 330), rgb(0xBFAE86));
        fill(g, poly(560, 470, 640, 470, 1000, 800, 200, 800), rgb(0x6E6E6C));
        fill(g, poly(568, 470, 574, 470, 250, 800, 228, 800), rgb(0xE8E6DF));
        fill(g, poly(626, 470, 632, 470, 972, 800, 950, 800), rgb(0xE8E6DF));
        for (int i = 0; i < 8; i++) {
            double t0 = Math.pow(i / 8.0, 1.7);
            double t1 = t0 + 0.35 * (Math.pow((i + 1) / 8.0, 1.7) - t0);
            double y0 = 470 + t0 * 330;
            double y1 = 470 + t1 * 330;
            double w0 = 2 + t0 * 10;
            double w1 = 2 + t1 * 10;
            fill(g, poly(600 - w0 / 2, y0, 600 + w0 / 2, y0, 600 + w1 / 2, y1, 600 - w1 / 2, y1),
                    rgb(0xF2F0EA));
        }

        aircraft(g, 700, 190, 0.95, -0.2);

        Color troop = rgb(0x4D5A3A);
        Color blue = rgb(0x4B92DB);
        for (int i = 0; i < 9; i++) {
            walkingSoldier(g, 850 + i * 34 - (i % 3) * 8, 560 + (i % 3) * 10, 0.36 + (i % 3) * 0.02,
                    troop, blue);
        }

        fill(g, oval(90, 720, 420, 50), rgba(0x000000, 60));
        blueHelmet(g, 300, 735);
        g.dispose();
        return img;
    }

    static void aircraft(Graphics2D g, double x, double y, double s, double angle) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(angle);
        g.scale(s, s);
        Color body = rgb(0x8A949C);
        Color under = rgb(0x737D86);
        fill(g, poly(-150, -28, -232, -112, -258, -112, -232, -20), body);
        fill(g, round(-268, -34, 90, 10, 10), under);
        Path2D fus = new Path2D.Double();
        fus.moveTo(-240, -22);
        fus.lineTo(150, -30);
        fus.curveTo(205, -30, 236, -10, 240, 6);
        fus.curveTo(236, 22, 210, 30, 150, 30);
        fus.lineTo(-80, 30);
        fus.curveTo(-150, 28, -200, 6, -240, -10);
        fus.closePath();
        fill(g, fus, body);
        Area belly = new Area(fus);
        belly.intersect(new Area(rect(-300, 14, 600, 40)));
        fill(g, belly, under);
        fill(g, poly(186, -20, 216, -12, 226, -2, 190, -6), rgb(0x2F3A44));
        for (int i = 0; i < 8; i++) {
            fill(g, circle(-60 + i * 22, -4, 4.5), rgb(0x3F4A54));
        }
        fill(g, round(-50, -44, 180, 16, 14), rgb(0x6D7780));
        Path2D nacelle = new Path2D.Double();
        nacelle.moveTo(-10, -40);
        nacelle.lineTo(80, -40);
        nacelle.curveTo(104, -40, 112, -34, 112, -28);
        nacelle.curveTo(112, -22, 104, -18, 80, -18);
        nacelle.lineTo(10, -18);
        nacelle.closePath();
        fill(g, nacelle, rgb(0x7E8891));
        fill(g, oval(108, -34, 14, 12), rgb(0x4F5961));
        fill(g, oval(110, -92, 12, 128), rgba(0xE6EAED, 120));
        fill(g, round(-40, 26, 70, 12, 8), under);
        g.setTransform(saved);
    }

    static void blueHelmet(Graphics2D g, double cx, double base) {
        Color blue = rgb(0x4B92DB);
        Area dome = new Area(oval(cx - 170, base - 250, 340, 330));
        dome.subtract(new Area(rect(cx - 200, base - 30, 400, 200)));
        fill(g, oval(cx - 200, base - 58, 400, 60), rgb(0x3A79BC));
        fill(g, dome, blue);
        Area shine = new Area(oval(cx - 140, base - 228, 150, 140));
        shine.subtract(new Area(oval(cx - 118, base - 210, 160, 160)));
        fill(g, shine, rgba(0xFFFFFF, 90));
        fill(g, rect(cx - 168, base - 58, 336, 22), rgb(0x3A79BC));
        fill(g, oval(cx - 200, base - 46, 400, 36), rgb(0x346DAA));
        g.setStroke(new BasicStroke(15f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(rgb(0xFFFFFF));
        Path2D u = new Path2D.Double();
        u.moveTo(cx - 70, base - 170);
        u.lineTo(cx - 70, base - 125);
        u.curveTo(cx - 70, base - 95, cx - 22, base - 95, cx - 22, base - 125);
        u.lineTo(cx - 22, base - 170);
        g.draw(u);
        Path2D n = new Path2D.Double();
        n.moveTo(cx + 16, base - 102);
        n.lineTo(cx + 16, base - 170);
        n.lineTo(cx + 66, base - 102);
        n.lineTo(cx + 66, base - 170);
        g.draw(n);
    }

    // --------------------------------------------------------------- helpers

    static void wavyFlag(
            Graphics2D g,
            double x,
            double y,
            double w,
            double h,
            Color[] stripes,
            boolean hoistLeft,
            double phase) {
        int n = 48;
        double amp = h * 0.07;
        // Each stripe is painted down to the bottom edge, so neighbours overlap and leave no seam.
        Path2D whole = null;
        for (int s = 0; s < stripes.length; s++) {
            double top = y + h * s / stripes.length;
            Path2D p = new Path2D.Double();
            for (int i = 0; i <= n; i++) {
                double t = (double) i / n;
                double px = hoistLeft ? x + w * t : x + w - w * t;
                double py = top + wave(t, amp, phase);
                if (i == 0) {
                    p.moveTo(px, py);
                } else {
                    p.lineTo(px, py);
                }
            }
            for (int i = n; i >= 0; i--) {
                double t = (double) i / n;
                double px = hoistLeft ? x + w * t : x + w - w * t;
                p.lineTo(px, y + h + wave(t, amp, phase));
            }
            p.closePath();
            fill(g, p, stripes[s]);
            if (s == 0) {
                whole = p;
            }
        }
        int stops = 16;
        float[] fractions = new float[stops];
        Color[] colors = new Color[stops];
        for (int i = 0; i < stops; i++) {
            double t = (double) i / (stops - 1);
            double slope = Math.cos(t * 2 * Math.PI * 1.1 + phase);
            fractions[i] = (float) t;
            colors[i] = slope < 0
                    ? new Color(0, 0, 0, (int) (-slope * 46 * (0.3 + t)))
                    : new Color(255, 255, 255, (int) (slope * 30 * (0.3 + t)));
        }
        float x0 = (float) (hoistLeft ? x : x + w);
        float x1 = (float) (hoistLeft ? x + w : x);
        g.setPaint(new LinearGradientPaint(x0, 0, x1, 0, fractions, colors));
        g.fill(whole);
    }

    static double wave(double t, double amp, double phase) {
        return amp * t * Math.sin(t * 2 * Math.PI * 1.1 + phase);
    }

    static Shape star(double cx, double cy, double outer, double inner, int points, double rot) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < points * 2; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = rot + Math.PI * i / points;
            double px = cx + r * Math.cos(a);
            double py = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        return p;
    }

    /** A polyline drawn with round caps and joins: a limb of a figure. */
    static void limb(Graphics2D g, Color c, float width, double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(c);
        g.draw(p);
    }

    static Graphics2D begin(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(
                RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        return g;
    }

    static void fill(Graphics2D g, Shape s, Color c) {
        g.setColor(c);
        g.fill(s);
    }

    static Color rgb(int v) {
        return new Color(v);
    }

    static Color rgba(int v, int alpha) {
        return new Color((v >> 16) & 255, (v >> 8) & 255, v & 255, alpha);
    }

    static Color darker(Color c, double f) {
        return new Color(
                (int) Math.min(255, c.getRed() * f),
                (int) Math.min(255, c.getGreen() * f),
                (int) Math.min(255, c.getBlue() * f),
                c.getAlpha());
    }

    static Rectangle2D rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    static Ellipse2D oval(double x, double y, double w, double h) {
        return new Ellipse2D.Double(x, y, w, h);
    }

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static RoundRectangle2D round(double x, double y, double w, double h, double r) {
        return new RoundRectangle2D.Double(x, y, w, h, r, r);
    }

    static Path2D poly(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** Writes through a temporary file, so a failed run never leaves half a PNG behind. */
    static void write(BufferedImage img, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (!ImageIO.write(img, "png", tmp.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("%s  %d bytes%n", file, Files.size(file));
    }
}
