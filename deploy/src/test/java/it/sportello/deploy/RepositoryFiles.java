package it.sportello.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The repository as the deployment files see it: paths relative to the root, the Maven modules and what they build.
 * Files can be replaced in memory, so that tests can check a deliberately broken Dockerfile or proxy configuration
 * against the real repository.
 */
final class RepositoryFiles {

    private final Path root;
    private final Map<String, String> replaced;

    private RepositoryFiles(Path root, Map<String, String> replaced) {
        this.root = root.toAbsolutePath().normalize();
        this.replaced = replaced;
    }

    /** The repository the build runs in ({@code sportello.repository.root}, set by the deploy module's pom). */
    static RepositoryFiles fromSystemProperty() {
        String root = System.getProperty("sportello.repository.root");
        if (root == null || root.isBlank()) {
            throw new IllegalStateException("sportello.repository.root is not set: run the tests through Maven");
        }
        return new RepositoryFiles(Path.of(root), Map.of());
    }

    RepositoryFiles withFile(String path, String content) {
        Map<String, String> files = new HashMap<>(replaced);
        files.put(normalize(path), content);
        return new RepositoryFiles(root, files);
    }

    /** Normalizes a repository-relative path; empty when it leaves the repository. */
    static Optional<String> relative(String base, String path) {
        Path resolved = Path.of(base.isEmpty() ? "." : base).resolve(path).normalize();
        if (resolved.isAbsolute() || resolved.startsWith("..")) {
            return Optional.empty();
        }
        return Optional.of(resolved.toString().replace('\\', '/'));
    }

    boolean exists(String path) {
        return replaced.containsKey(normalize(path)) || Files.exists(root.resolve(normalize(path)));
    }

    boolean isRegularFile(String path) {
        return replaced.containsKey(normalize(path)) || Files.isRegularFile(root.resolve(normalize(path)));
    }

    Optional<String> read(String path) {
        String key = normalize(path);
        if (replaced.containsKey(key)) {
            return Optional.of(replaced.get(key));
        }
        Path file = root.resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a path with glob characters in its last segment names at least one existing file or folder. */
    boolean matchesAny(String pathGlob) {
        if (!pathGlob.contains("*") && !pathGlob.contains("?") && !pathGlob.contains("[")) {
            return exists(pathGlob);
        }
        int slash = pathGlob.lastIndexOf('/');
        String folder = slash < 0 ? "" : pathGlob.substring(0, slash);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pathGlob.substring(slash + 1));
        Path dir = root.resolve(folder.isEmpty() ? "." : folder);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(entry -> matcher.matches(entry.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files directly in a folder whose name matches a glob. */
    List<String> list(String folder, String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path dir = root.resolve(normalize(folder));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(entry -> matcher.matches(entry.getFileName()))
                    .map(entry -> entry.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The modules of the root pom's {@code <modules>}. */
    List<String> modules() {
        Element project = pom("pom.xml").orElseThrow(() -> new IllegalStateException("no pom.xml at " + root));
        List<String> modules = new ArrayList<>();
        for (Element list : children(project, "modules")) {
            for (Element module : children(list, "module")) {
                modules.add(module.getTextContent().trim());
            }
        }
        return modules;
    }

    /** The project version of the root pom. */
    String version() {
        Element project = pom("pom.xml").orElseThrow(() -> new IllegalStateException("no pom.xml at " + root));
        return children(project, "version").get(0).getTextContent().trim();
    }

    /** The artifactId of a module's own pom, if the folder has one. */
    Optional<String> artifactId(String module) {
        return pom(module + "/pom.xml")
                .flatMap(project -> children(project, "artifactId").stream().findFirst())
                .map(element -> element.getTextContent().trim());
    }

    private Optional<Element> pom(String path) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return Optional.of(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String normalize(String path) {
        return Path.of(path).normalize().toString().replace('\\', '/');
    }
}
