package dev.aiinterview.web.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The text of a Word .docx, streamed: the package is opened with POI (its zip-bomb guards apply to every entry read),
 * and only the main document part is read, with StAX, event by event, until the {@link TextBudget} runs out. Nothing
 * else of the document (styles, images, headers) is parsed, and the whole text is never held beyond the limit.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static {
        // POI's zip guards are global (static) settings: this app reads no other Office files, so they are set
        // once, here, to what a job advert needs. An entry that inflates more than 100 times (real document XML
        // inflates 5-20 times), one over 20 MB, or a package of more than 1,000 entries is refused as it is read.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1_000);
        ZipSecureFile.setMaxTextSize(1_000_000);
        // A zip whose central directory is damaged is read as a stream, every entry in memory: above 1 MB an entry
        // goes to a temporary file instead, so such a file costs disk for a moment, not heap.
        ZipInputStreamZipEntrySource.setThresholdBytesForTempFiles(1024 * 1024);
    }

    private static final XMLInputFactory XML = xmlFactory();
    private static final String MAX_FILE_COUNT_PREFIX =
            ZipSecureFile.MAX_FILE_COUNT_MSG.substring(0, ZipSecureFile.MAX_FILE_COUNT_MSG.indexOf('.'));

    /** Reads the document's text into {@code budget}. */
    static String read(Path file, TextBudget budget) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        // revert(), not close(): close() is for saving, and warns on a package opened to read.
        try {
            PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.isEmpty()) {
                throw new IOException("no main document part");
            }
            PackagePart part = pkg.getPart(main.getRelationship(0));
            if (part == null) {
                throw new IOException("the main document part is missing");
            }
            try (InputStream in = part.getInputStream()) {
                text(in, budget);
            }
            return budget.text();
        } finally {
            pkg.revert();
        }
    }

    private static void text(InputStream in, TextBudget budget) throws IOException {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                boolean inText = false;
                int events = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if ((++events & 0x3FF) == 0) {
                        budget.checkTime();
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                        switch (xml.getLocalName()) {
                            case "t" -> inText = true;
                            case "tab" -> budget.append("\t");
                            case "br", "cr" -> budget.append("\n");
                            default -> { }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                        switch (xml.getLocalName()) {
                            case "t" -> inText = false;
                            case "p" -> budget.append("\n");
                            default -> { }
                        }
                    } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE)) {
                        budget.append(xml.getText());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("the document XML is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether POI's zip guards stopped the read: they say so only in the message of a plain exception, which the
     * XML parser may wrap into its own message.
     */
    static boolean isZipGuard(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb detected") || message.contains(MAX_FILE_COUNT_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** No DTDs, no external entities: a document cannot make the parser fetch or expand anything. */
    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private DocxText() {
    }
}
