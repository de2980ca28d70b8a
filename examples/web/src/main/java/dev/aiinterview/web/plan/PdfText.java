package dev.aiinterview.web.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF, within bounds. PDFBox decodes a stream whole, in memory, before it reads it, so the
 * compressed streams text extraction would decode (content, forms, fonts; not images) are first inflated into
 * nothing, counting, and a document whose streams inflate past {@link #MAX_DECODED_BYTES} is refused before PDFBox
 * decodes any. Then the pages are read with a {@link PDFTextStripper} that stops as soon as the {@link TextBudget}
 * runs out of characters or time.
 */
final class PdfText {

    /** Pages a job advert may have. */
    static final int MAX_PAGES = 50;
    /** Decoded stream data, all non-image streams together; an advert's content streams take well under 1 MB. */
    static final long MAX_DECODED_BYTES = 16L * 1024 * 1024;
    /** PDFBox's scratch memory for the document, besides the upload itself. */
    private static final long MAX_SCRATCH_BYTES = 16L * 1024 * 1024;

    /** Why the document was refused before its text was read. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Reads the document's text into {@code budget}. */
    static String read(byte[] pdf, TextBudget budget) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_SCRATCH_BYTES).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new TooLarge("has " + pages + " pages; the limit is " + MAX_PAGES);
            }
            checkDecodedSize(doc, budget);
            new BoundedStripper(budget).writeText(doc, new BudgetWriter(budget));
            return budget.text();
        }
    }

    private static void checkDecodedSize(PDDocument doc, TextBudget budget) throws IOException {
        long total = 0;
        byte[] sink = new byte[64 * 1024];
        for (COSObjectKey key : List.copyOf(doc.getDocument().getXrefTable().keySet())) {
            budget.checkTime();
            COSObject object = doc.getDocument().getObjectFromPool(key);
            COSBase value = object == null ? null : object.getObject();
            if (!(value instanceof COSStream stream) || COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                    || !isFlateOnly(stream.getFilters())) {
                continue;
            }
            try (InputStream in = new InflaterInputStream(stream.createRawInputStream(), new Inflater())) {
                int n;
                while ((n = in.read(sink)) != -1) {
                    total += n;
                    if (total > MAX_DECODED_BYTES) {
                        throw new TooLarge("expands to more than " + MAX_DECODED_BYTES / (1024 * 1024)
                                + " MB of page content");
                    }
                    budget.checkTime();
                }
            } catch (java.util.zip.ZipException corrupt) {
                // PDFBox reads what a damaged stream holds, or reports it; its size is bounded by the data read.
            }
        }
    }

    private static boolean isFlateOnly(COSBase filters) {
        if (filters instanceof org.apache.pdfbox.cos.COSArray array) {
            return array.size() == 1 && COSName.FLATE_DECODE.equals(array.getObject(0));
        }
        return COSName.FLATE_DECODE.equals(filters);
    }

    /** Counts characters as PDFBox finds them, and checks the time between drawing operations. */
    private static final class BoundedStripper extends PDFTextStripper {
        private final TextBudget budget;
        private long glyphs;
        private int operators;

        BoundedStripper(TextBudget budget) {
            this.budget = budget;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            // The stripper keeps every glyph of a page until the page ends: stop before a page outgrows the limit.
            if (++glyphs > 2L * budget.maxChars()) {
                throw budget.overLimit();
            }
            super.processTextPosition(text);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 0xFF) == 0) {
                budget.checkTime();
            }
            super.processOperator(operator, operands);
        }
    }

    /** Where the stripper writes: into the budget, which stops it at the limit. */
    private static final class BudgetWriter extends Writer {
        private final TextBudget budget;

        BudgetWriter(TextBudget budget) {
            this.budget = budget;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            budget.append(CharBuffer.wrap(chars, offset, length));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private PdfText() {
    }
}
