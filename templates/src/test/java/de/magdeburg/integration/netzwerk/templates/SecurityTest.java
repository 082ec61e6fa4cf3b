package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.sun.net.httpserver.HttpServer;
import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.templates.internal.PdfEngine;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String httpUrl;

    @TempDir
    Path dir;

    private String fileUrl;

    @BeforeEach
    void startServerAndWriteImage() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] png = png();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, png.length);
            exchange.getResponseBody().write(png);
            exchange.close();
        });
        server.start();
        httpUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.png";
        Path image = dir.resolve("x.png");
        Files.write(image, png);
        fileUrl = image.toUri().toString();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private String hostileHtml() {
        return """
                <html lang="de"><head><title>T</title>
                <link rel="stylesheet" href="%2$s.css"/>
                <style>@import url("%2$s.import.css"); body { font-family: 'DejaVu Sans'; background-image: url("%2$s"); }</style>
                </head><body><p>Bilder:</p>
                <img src="%1$s" alt="Datei"/>
                <img src="%2$s" alt="Netz"/>
                <img src="file:///etc/passwd" alt="passwd"/>
                <img src="x.png" alt="relativ"/>
                </body></html>
                """.formatted(fileUrl, httpUrl);
    }

    @Test
    void theControlRendererWouldLoadBothImages() throws IOException {
        // proves the checks below can see a loaded image or a request
        var out = new ByteArrayOutputStream();
        new PdfRendererBuilder().withHtmlContent(hostileHtml(), dir.toUri().toString()).toStream(out).run();
        assertThat(imageCount(out.toByteArray())).isGreaterThanOrEqualTo(2);
        assertThat(requests.get()).isPositive();
    }

    @Test
    void theEngineLoadsNoFileAndNoNetworkResource() {
        byte[] pdf = new PdfEngine(Samples.CLOCK).render("Test", "T", hostileHtml(), null);
        assertThat(requests.get()).isZero();
        assertThat(imageCount(pdf)).isZero();
    }

    @Test
    void userTextPrintsLiterallyAndNeverBecomesMarkup() {
        String passwd = "<img src=\"file:///etc/passwd\"/>";
        String remote = "<img src=\"" + httpUrl + "\">";
        Meeting meeting = new Meeting("x-1", MeetingKind.WORKING_GROUP, "language", Samples.HOSTILE,
                LocalDateTime.of(2026, 11, 26, 16, 0), null, "Raum <b>1</b> & \"2\"",
                List.of(new AgendaItem(passwd, remote, "<script>evil()</script>")), List.of());
        for (byte[] pdf : List.of(Samples.DOCS.invitation(meeting, Samples.partners(2)).bytes(),
                Samples.DOCS.attendanceSheet(meeting, Samples.partners(2)).bytes())) {
            // a web address may wrap (before a dot, after a slash): compare without white space
            String text = Pdfs.squashed(pdf);
            assertThat(text).contains(Pdfs.squash("<script>alert(1)</script> & <img src=\"http://example.invalid/x.png\">"),
                    Pdfs.squash("Raum <b>1</b> & \"2\""));
            assertThat(imageCount(pdf)).isZero();
        }
        // long URLs may wrap anywhere: compare without white space
        String invitation = Pdfs.text(Samples.DOCS.invitation(meeting, List.of()).bytes()).replaceAll("\\s", "");
        assertThat(invitation).contains(passwd.replaceAll("\\s", ""), remote.replaceAll("\\s", ""),
                "<script>evil()</script>");
        assertThat(requests.get()).isZero();
    }

    @Test
    void controlCharactersInUserTextDoNotBreakRendering() {
        Meeting meeting = new Meeting("x-2", MeetingKind.CROSS_GROUP, "", "Titel mit \u0001Steuerzeichen\u0007",
                LocalDateTime.of(2026, 11, 26, 16, 0), null, "", List.of(), List.of());
        assertThat(Pdfs.text(Samples.DOCS.invitation(meeting, List.of()).bytes())).contains("Titel mit Steuerzeichen");
    }

    @Test
    void aFailingOutputStreamIsANetzwerkExceptionNamingTheDocument() {
        // the document is rendered completely in memory first: a failing stream is the writer's, not
        // the renderer's, and it names the document's file
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        var minutes = Samples.DOCS.minutes(Samples.minutes(de.magdeburg.integration.netzwerk.core.ReviewState.DRAFT));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> minutes.writeTo(broken))
                .isInstanceOf(de.magdeburg.integration.netzwerk.core.NetzwerkException.class)
                .isNotInstanceOf(RenderException.class)
                .hasMessage("Dokument kann nicht geschrieben werden / cannot write the document minutes.pdf: disk full");
    }

    private static int imageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                if (res == null) {
                    continue;
                }
                for (COSName name : res.getXObjectNames()) {
                    if (res.isImageXObject(name)) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
