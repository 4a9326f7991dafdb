package com.guanxi.report;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes the text of a PDF read back as it was written where the CJK font draws a radical and an ideograph with one
 * glyph (子 U+5B50 and ⼦ U+2F26 in Noto Sans SC). PDFBox writes a subset font's ToUnicode map from the font's
 * glyph-to-character table and takes the lowest character of a shared glyph — the radical — so 子 would be copied,
 * searched and extracted as ⼦. Here the ToUnicode maps of that font are rewritten to name the ideograph instead.
 */
final class ToUnicodeRepair {

    /** CJK Radicals Supplement and Kangxi Radicals: characters a report's text does not use. */
    private static final int RADICALS_FIRST = 0x2E80;
    private static final int RADICALS_LAST = 0x2FDF;

    /** Font name (without a subset tag) → glyph id → the ideograph to read it as, for glyphs a radical shares. */
    private final Map<String, Map<Integer, String>> ideographs;

    private ToUnicodeRepair(Map<String, Map<Integer, String>> ideographs) {
        this.ideographs = ideographs;
    }

    /** Reads, from each font file, the glyphs that radicals share with ideographs. */
    static ToUnicodeRepair of(List<byte[]> fonts) throws IOException {
        Map<String, Map<Integer, String>> byFont = new HashMap<>();
        for (byte[] font : fonts) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                Map<Integer, String> shared = new HashMap<>();
                for (int radical = RADICALS_FIRST; radical <= RADICALS_LAST; radical++) {
                    int gid = cmap.getGlyphId(radical);
                    if (gid == 0) continue;
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes == null) continue;
                    codes.stream().filter(c -> c < RADICALS_FIRST || c > RADICALS_LAST).filter(Character::isIdeographic)
                            .findFirst().ifPresent(c -> shared.put(gid, new String(Character.toChars(c))));
                }
                byFont.put(ttf.getName(), Collections.unmodifiableMap(shared));
            }
        }
        return new ToUnicodeRepair(Map.copyOf(byFont));
    }

    /** The PDF with the ToUnicode maps of its subsets of this font rewritten; the same bytes when none needs it. */
    byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<COSBase> seen = new HashSet<>();
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) continue;
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && seen.add(type0.getCOSObject())) {
                        Map<Integer, String> shared = ideographs.get(withoutSubsetTag(type0.getName()));
                        if (shared != null) changed |= rewrite(doc, type0, shared);
                    }
                }
            }
            if (!changed) return pdf;
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String withoutSubsetTag(String name) {
        return name == null ? "" : name.substring(name.indexOf('+') + 1);
    }

    private static boolean rewrite(PDDocument doc, PDType0Font font, Map<Integer, String> ideographs) throws IOException {
        COSBase item = font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
        if (!(item instanceof COSStream stream)) return false;
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        // Codes are CIDs, and a subset's CIDs are the glyph ids of the whole font.
        Map<Integer, String> entries = new TreeMap<>();
        boolean changed = false;
        for (int cid = 0; cid <= 0xFFFF; cid++) {
            String text = cmap.toUnicode(cid, 2);
            if (text == null) continue;
            String ideograph = ideographs.get(cid);
            if (ideograph != null && !ideograph.equals(text)) {
                text = ideograph;
                changed = true;
            }
            entries.put(cid, text);
        }
        if (!changed) return false;
        PDStream rewritten = new PDStream(doc, new ByteArrayInputStream(cmapText(entries)), COSName.FLATE_DECODE);
        font.getCOSObject().setItem(COSName.TO_UNICODE, rewritten);
        return true;
    }

    /** A ToUnicode CMap of two-byte codes, one bfchar entry per code (PDF 32000-1, 9.10.3). */
    private static byte[] cmapText(Map<Integer, String> entries) {
        HexFormat hex = HexFormat.of().withUpperCase();
        StringBuilder s = new StringBuilder(entries.size() * 16 + 512);
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var list = List.copyOf(entries.entrySet());
        for (int i = 0; i < list.size(); i += 100) {
            var block = list.subList(i, Math.min(i + 100, list.size()));
            s.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                s.append('<').append(String.format("%04X", e.getKey())).append("> <")
                        .append(hex.formatHex(e.getValue().getBytes(StandardCharsets.UTF_16BE))).append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
