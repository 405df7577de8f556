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
 * characters is never resolved.
 */
public final class InvoiceDocuments {

    static final String DEMO_ROOT = "META-INF/sportello/demo/";
    private static final Pattern SAFE_LOCATION = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final PortalConfig config;

    public InvoiceDocuments(PortalConfig config) {
        this.config = config;
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
        Path directory = config.invoiceDirectory();
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
        if (config.demoInvoices()) {
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
