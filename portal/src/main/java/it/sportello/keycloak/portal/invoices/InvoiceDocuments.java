package it.sportello.keycloak.portal.invoices;

import it.sportello.keycloak.portal.PortalConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the PDF an invoice's {@code pdf_location} (the CRM contract's "PDF location") names: a relative path under
 * the configured invoice directory, or, with demo invoices on, the same path under {@code META-INF/sportello/demo/}
 * in the portal jar. A location that is absolute, climbs out with {@code ..} or holds anything but plain path
 * characters is never resolved. The CRM documents' files ({@code documento.percorso}) are found the same way under
 * the document directory ({@link #documents}).
 */
public final class InvoiceDocuments {

    static final String DEMO_ROOT = "META-INF/sportello/demo/";
    private static final Pattern SAFE_LOCATION = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final Path directory;
    private final boolean demo;

    public InvoiceDocuments(PortalConfig config) {
        this(config.invoiceDirectory(), config.demoInvoices());
    }

    private InvoiceDocuments(Path directory, boolean demo) {
        this.directory = directory;
        this.demo = demo;
    }

    /** The files of the CRM documents: the same rules under the document directory. */
    public static InvoiceDocuments documents(PortalConfig config) {
        return new InvoiceDocuments(config.documentDirectory(), config.demoInvoices());
    }

    /** An open document. */
    public interface Document {
        InputStream open() throws IOException;
    }

    public boolean exists(String location) {
        return find(location).isPresent();
    }

    public Optional<Document> find(String location) {
        if (!isSafe(location)) {
            return Optional.empty();
        }
        if (directory != null) {
            try {
                Path base = directory.toAbsolutePath().normalize();
                Path file = base.resolve(location).normalize();
                if (file.startsWith(base) && Files.isRegularFile(file)) {
                    return Optional.of(() -> Files.newInputStream(file));
                }
            } catch (InvalidPathException | UncheckedIOException e) {
                return Optional.empty();
            }
        }
        if (demo) {
            URL demo = InvoiceDocuments.class.getClassLoader().getResource(DEMO_ROOT + location);
            if (demo != null) {
                return Optional.of(demo::openStream);
            }
        }
        return Optional.empty();
    }

    static boolean isSafe(String location) {
        if (location == null || !SAFE_LOCATION.matcher(location).matches()) {
            return false;
        }
        for (String segment : location.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return location.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}
