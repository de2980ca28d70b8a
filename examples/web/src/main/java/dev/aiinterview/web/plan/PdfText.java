package dev.aiinterview.web.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.List;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF, within bounds. PDFBox decodes a stream whole, in memory, before it reads it, so every
 * stream is first decoded through PDFBox's own filters into a count (all filters and spellings it knows, chains
 * included; only JPEG-like image data is left out), and a document with a stream that decodes past
 * {@link #MAX_STREAM_BYTES} is refused before PDFBox decodes any for the text. Then the pages are read with a {@link PDFTextStripper} that stops as soon as the {@link TextBudget}
 * runs out of characters or time.
 */
final class PdfText {

    /** Pages a job advert may have. */
    static final int MAX_PAGES = 50;
    /**
     * What one stream may decode to. PDFBox holds a stream whole when it decodes it; an advert's content streams take
     * well under 1 MB, and a picture such as a logo a few. The work over all streams is bounded by the time budget.
     */
    static final long MAX_STREAM_BYTES = 16L * 1024 * 1024;
    /** Filters whose output is an image: text extraction never decodes such a stream. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION,
            COSName.JBIG2_DECODE);
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
        for (COSObjectKey key : List.copyOf(doc.getDocument().getXrefTable().keySet())) {
            budget.checkTime();
            COSObject object = doc.getDocument().getObjectFromPool(key);
            if (object != null && object.getObject() instanceof COSStream stream) {
                decode(stream, new DecodedBytes(budget));
            }
        }
    }

    /**
     * Decodes one stream through PDFBox's own filters, as text extraction would, into a count that stops at the
     * limit. Every filter and spelling PDFBox knows is followed (a chain, {@code /Fl}, LZW); only a chain that ends
     * in an image codec is left out, as its data is an image that text extraction never decodes.
     */
    private static void decode(COSStream stream, DecodedBytes decoded) throws IOException {
        List<COSName> filters = filterNames(stream.getFilters());
        if (filters.isEmpty() || IMAGE_CODECS.contains(filters.get(filters.size() - 1))) {
            return;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                if (i == filters.size() - 1) {
                    filter.decode(in, decoded, stream, i);
                    decoded.requireWithinLimit();  // in case a filter swallowed the refusal
                } else {
                    // A stage of a chain is held for the next filter, within the same bound.
                    var stage = new DecodedBytes(decoded);
                    filter.decode(in, stage, stream, i);
                    in = stage.asInput();
                }
            }
        } catch (TooLarge | TextBudget.Exceeded stop) {
            throw stop;
        } catch (IOException | RuntimeException damaged) {
            // A damaged stream or an unknown filter: PDFBox reads what it can, bounded by the data read here.
        }
    }

    private static List<COSName> filterNames(COSBase filters) {
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        if (filters instanceof COSArray array) {
            var names = new ArrayList<COSName>();
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
            return names;
        }
        return List.of();
    }

    /**
     * The decoded bytes of one stream, counted against {@link #MAX_STREAM_BYTES}, with the time budget checked as
     * they come. The final stage only counts; an intermediate stage of a chain also keeps its bytes for the next.
     */
    private static final class DecodedBytes extends OutputStream {
        private final TextBudget budget;
        private final java.io.ByteArrayOutputStream kept;
        private long count;

        DecodedBytes(TextBudget budget) {
            this.budget = budget;
            this.kept = null;
        }

        DecodedBytes(DecodedBytes last) {
            this.budget = last.budget;
            this.kept = new java.io.ByteArrayOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            requireWithinLimit();
            budget.checkTime();
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        void requireWithinLimit() throws TooLarge {
            if (count > MAX_STREAM_BYTES) {
                throw new TooLarge("has a part that expands to more than " + MAX_STREAM_BYTES / (1024 * 1024)
                        + " MB");
            }
        }

        InputStream asInput() {
            return new java.io.ByteArrayInputStream(kept.toByteArray());
        }
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
