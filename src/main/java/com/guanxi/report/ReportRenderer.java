package com.guanxi.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a {@link RiskReport}: HTML from one Qute template (every value escaped), and a PDF laid out from that same
 * HTML by openhtmltopdf (PDFBox) with the CJK font embedded as a subset, so the PDF reads the same on any machine.
 */
@ApplicationScoped
public class ReportRenderer {

    /** The family the template's CSS names first; the PDF maps it to the embedded font. */
    static final String FONT_FAMILY = "Noto Sans SC";
    static final String REGULAR = "fonts/400Regular/NotoSansSC_400Regular.ttf";
    static final String BOLD = "fonts/700Bold/NotoSansSC_700Bold.ttf";
    /** Characters XML 1.0 does not allow (the PDF's layout parses the page as XHTML). */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final Template template;
    /** The font files, read once (a PDF subsets them afresh each time), and what their ToUnicode maps need. */
    private volatile Fonts fonts;

    private record Fonts(byte[] regular, byte[] bold, ToUnicodeRepair repair) {
    }

    ReportRenderer(@Location("risk-report.html") Template template) {
        this.template = template;
    }

    /** The printable HTML page. */
    public String html(RiskReport report) {
        return template.data("r", report).render();
    }

    /**
     * The PDF of the same page.
     *
     * @throws FontMissingException when the build did not bundle the CJK font
     */
    public byte[] pdf(RiskReport report) {
        String html = NOT_XML.matcher(html(report)).replaceAll("\uFFFD");
        Fonts f = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.useFont(() -> new ByteArrayInputStream(f.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(f.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // The page names no outside resource; should a value ever smuggle one in, nothing is fetched.
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("Guanxi");
            builder.toStream(out);
            builder.run();
            return f.repair().repair(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("the report PDF could not be written", e);
        }
    }

    private Fonts fonts() {
        Fonts f = fonts;
        if (f != null) return f;
        synchronized (this) {
            if (fonts == null) {
                byte[] regular = read(REGULAR);
                byte[] bold = read(BOLD);
                try {
                    fonts = new Fonts(regular, bold, ToUnicodeRepair.of(List.of(regular, bold)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the report fonts", e);
                }
            }
            return fonts;
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new FontMissingException(resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The service was built without the report font (the build fetches it; see pom.xml, profile report-fonts). */
    public static final class FontMissingException extends RuntimeException {
        FontMissingException(String resource) {
            super("The PDF font " + resource + " is not bundled with this build: rebuild with npm available "
                    + "(the build fetches it), or use the HTML report.", null, false, false);
        }
    }
}
