package it.sportello.deploy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Static checks of the Compose deployment, for a build machine without a Docker engine: what {@code docker compose
 * config} would refuse, and what would only fail (or silently drift) on an operator's machine. Each problem is one
 * line starting with the name of the check that found it.
 */
final class ComposeCheck {

    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak";

    /** Real images the deployment may run, and how many version numbers make a pinned tag for each. */
    static final Map<String, Integer> ALLOWED_IMAGES =
            Map.of(KEYCLOAK_IMAGE, 3, "postgres", 2, "axllent/mailpit", 3, "nginx", 3, "haproxy", 3);

    static final Set<String> PROXY_IMAGES = Set.of("nginx", "haproxy");

    /** Images built by Compose carry this prefix, so nobody mistakes them for registry images. */
    static final String BUILT_IMAGE_PREFIX = "sportello-";

    static final String CLUSTER_PROFILE = "cluster";

    /** Build-time options every Keycloak node's image must be built with (see docs/providers.md, "The CRM datasource"). */
    static final List<String> KEYCLOAK_BUILD_OPTIONS = List.of(
            "--db=postgres",
            "--db-kind-crm=",
            "--transaction-xa-enabled-crm=true",
            "--health-enabled=true",
            "--metrics-enabled=true");

    static final String REALM_IMPORT_FOLDER = "/opt/keycloak/data/import";

    private static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");
    private static final Pattern JDBC_HOST =
            Pattern.compile("jdbc:[a-z0-9]+://([A-Za-z0-9_.-]+)(?::\\d+)?(?:[/;?].*)?");
    private static final Set<String> CATCH_ALL = Set.of("0.0.0.0/0", "::/0", "0.0.0.0", "::");
    /** nginx directives that set X-Forwarded-For, and the one value that does not keep what the client sent. */
    private static final Pattern NGINX_XFF =
            Pattern.compile("(?im)^\\s*proxy_set_header\\s+X-Forwarded-For\\s+([^;]+);");

    private static final Pattern NGINX_GZIP_TYPES = Pattern.compile("(?m)^\\s*gzip_types\\s+([^;]+);");
    /** What the sign-in page and the account console send as text; text/html is compressed by nginx in any case. */
    private static final List<String> GZIP_TYPES =
            List.of("text/css", "application/javascript", "text/javascript", "application/json", "image/svg+xml");

    private static final Pattern MAX_PREPARED = Pattern.compile("max_prepared_transactions\\s*=\\s*(\\d+)");

    private final RepositoryFiles repository;
    private final String keycloakVersion;
    private final Set<String> problems = new LinkedHashSet<>();
    private Map<String, Service> services = Map.of();
    private Set<String> namedVolumes = Set.of();

    private ComposeCheck(RepositoryFiles repository, String keycloakVersion) {
        this.repository = repository;
        this.keycloakVersion = keycloakVersion;
    }

    /** The problems of a compose file at the repository root; empty when it passes every check. */
    static List<String> problems(String composeYaml, RepositoryFiles repository, String keycloakVersion) {
        ComposeCheck check = new ComposeCheck(repository, keycloakVersion);
        check.run(composeYaml);
        return List.copyOf(check.problems);
    }

    private void run(String composeYaml) {
        Map<String, Object> compose;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object document = new Yaml(new SafeConstructor(options)).load(composeYaml);
            if (!(document instanceof Map)) {
                problems.add("parse: the compose file is not a YAML mapping");
                return;
            }
            compose = map(document);
        } catch (YAMLException e) {
            problems.add("parse: the compose file is not valid YAML: "
                    + e.getMessage().replace('\n', ' '));
            return;
        }
        Map<String, Object> serviceSpecs = map(compose.get("services"));
        if (serviceSpecs.isEmpty()) {
            problems.add("parse: the compose file has no services");
            return;
        }
        Map<String, Service> parsed = new LinkedHashMap<>();
        serviceSpecs.forEach((name, spec) -> parsed.put(name, new Service(name, map(spec))));
        services = parsed;
        namedVolumes = map(compose.get("volumes")).keySet();

        services.values().forEach(this::checkImage);
        services.values().forEach(this::checkVolumes);
        services.values().forEach(this::checkDependencies);
        services.values().forEach(this::checkHealthcheck);
        checkPorts();
        keycloakNodes().forEach(this::checkKeycloakNode);
        checkCluster();
    }

    // --- images -----------------------------------------------------------------------------------------------------

    private void checkImage(Service service) {
        Optional<String> image = service.string("image");
        if (service.built()) {
            checkBuild(service);
            image.ifPresent(name -> checkBuiltImageName(service, name));
            return;
        }
        if (image.isEmpty()) {
            problems.add("image: service " + service.name() + " has neither an image nor a build");
            return;
        }
        checkRegistryImage("service " + service.name(), image.get());
    }

    private void checkRegistryImage(String where, String image) {
        if (image.contains("$")) {
            problems.add("image: " + where + " names its image through a variable (" + image + "): pin it literally");
            return;
        }
        ImageReference reference = ImageReference.parse(image);
        Integer components = ALLOWED_IMAGES.get(reference.repository());
        if (components == null) {
            problems.add("image: " + where + " uses " + image + ", which is not one of the allowed images "
                    + ALLOWED_IMAGES.keySet().stream().sorted().toList());
            return;
        }
        if (!reference.pinnedTo(components)) {
            problems.add("image: " + where + " uses " + image + " without a pinned version tag (no tag, latest, or a"
                    + " floating tag)");
            return;
        }
        if (reference.repository().equals(KEYCLOAK_IMAGE)
                && !reference.version().orElse("").equals(keycloakVersion)) {
            problems.add(
                    "keycloak version: " + where + " runs " + image + " but keycloak.version is " + keycloakVersion);
        }
    }

    private void checkBuiltImageName(Service service, String image) {
        ImageReference reference = ImageReference.parse(image);
        if (!reference.repository().startsWith(BUILT_IMAGE_PREFIX) || !reference.pinnedTo(3)) {
            problems.add("image: service " + service.name() + " builds " + image + ": a built image is named "
                    + BUILT_IMAGE_PREFIX + "...:<version>");
            return;
        }
        boolean keycloakBased = dockerfile(service)
                .flatMap(Dockerfile::finalImage)
                .map(base -> ImageReference.parse(base).repository().equals(KEYCLOAK_IMAGE))
                .orElse(false);
        if (keycloakBased && !reference.version().orElse("").equals(keycloakVersion)) {
            problems.add("keycloak version: service " + service.name() + " tags its Keycloak image " + image
                    + " but keycloak.version is " + keycloakVersion);
        }
    }

    private void checkBuild(Service service) {
        String context = service.buildContext();
        if (RepositoryFiles.relative("", context).filter(repository::exists).isEmpty()) {
            problems.add("build: service " + service.name() + " builds in " + context
                    + ", which is not a folder of the repository");
            return;
        }
        Optional<String> dockerfilePath = service.dockerfilePath();
        Optional<Dockerfile> dockerfile = dockerfile(service);
        if (dockerfile.isEmpty()) {
            problems.add("build: service " + service.name() + " builds from " + dockerfilePath.orElse("?")
                    + ", which does not exist in the repository");
            return;
        }
        String where = "Dockerfile " + dockerfilePath.get();
        List<Dockerfile.Stage> stages = dockerfile.get().stages();
        if (stages.isEmpty()) {
            problems.add("build: " + where + " has no FROM");
        }
        for (Dockerfile.Stage stage : stages) {
            if (!stage.fromEarlierStage()) {
                checkRegistryImage(where, stage.image());
            }
        }
        String contextFolder = RepositoryFiles.relative("", context).orElseThrow();
        for (Dockerfile.Copy copy : dockerfile.get().contextCopies()) {
            if (copy.sources().isEmpty()) {
                problems.add("COPY: " + where + " has a " + copy.keyword() + " without source and destination");
            }
            for (String source : copy.sources()) {
                checkCopySource(where, copy.keyword(), contextFolder, source);
            }
        }
    }

    private void checkCopySource(String where, String keyword, String contextFolder, String source) {
        if (source.matches("(?i)https?://.*") || source.startsWith("git@")) {
            problems.add("COPY: " + where + " downloads " + source + ": the image is built from the repository only");
            return;
        }
        Optional<String> path = RepositoryFiles.relative(contextFolder, source);
        if (path.isEmpty()) {
            problems.add("COPY: " + where + " copies " + source + ", which is outside the build context");
            return;
        }
        if (isBuildOutput(path.get())) {
            checkBuildOutput(where + " (" + keyword + ")", path.get());
        } else if (!repository.matchesAny(path.get())) {
            problems.add("COPY: " + where + " copies " + source + ", which does not exist in the repository");
        }
        String ignore = contextFolder.isEmpty() ? ".dockerignore" : contextFolder + "/.dockerignore";
        repository.read(ignore).ifPresent(rules -> {
            List<String> lines = rules.lines().map(String::strip).toList();
            boolean excludesAll = lines.contains("**") || lines.contains("*");
            if (excludesAll && !lines.contains("!" + source)) {
                problems.add("COPY: " + where + " copies " + source + ", which " + ignore
                        + " keeps out of the build context");
            }
        });
    }

    private Optional<Dockerfile> dockerfile(Service service) {
        return service.dockerfilePath().flatMap(repository::read).map(Dockerfile::parse);
    }

    // --- volumes ----------------------------------------------------------------------------------------------------

    private void checkVolumes(Service service) {
        for (Mount mount : service.mounts()) {
            if (mount.bind()) {
                Optional<String> path = mount.source().startsWith("~")
                        ? Optional.empty()
                        : RepositoryFiles.relative("", mount.source());
                if (path.isEmpty()) {
                    problems.add("bind mount: service " + service.name() + " mounts " + mount.source()
                            + ", which is outside the repository");
                } else if (isBuildOutput(path.get())) {
                    checkBuildOutput("service " + service.name() + " (bind mount)", path.get());
                } else if (!repository.exists(path.get())) {
                    problems.add("bind mount: service " + service.name() + " mounts " + mount.source()
                            + ", which does not exist in the repository");
                }
            } else if (!mount.source().isEmpty() && !namedVolumes.contains(mount.source())) {
                problems.add("named volume: service " + service.name() + " uses volume " + mount.source()
                        + ", which the top-level volumes do not declare");
            }
        }
    }

    private static boolean isBuildOutput(String path) {
        return path.contains("/target/") || path.endsWith("/target");
    }

    /**
     * A path under a module's {@code target/}: the module must be in the reactor, and a jar name must be the one that
     * module's build produces ({@code <artifactId>-<version>.jar}).
     */
    private void checkBuildOutput(String where, String path) {
        int target = path.indexOf("/target");
        String module = path.substring(0, target);
        String rest = path.length() > target + "/target/".length() ? path.substring(target + "/target/".length()) : "";
        Optional<String> artifactId = repository.artifactId(module);
        if (!repository.modules().contains(module) || artifactId.isEmpty()) {
            problems.add(
                    "build output: " + where + " uses " + path + ", but " + module + " is not a module of the reactor");
            return;
        }
        if (rest.endsWith(".jar") && !rest.contains("/")) {
            String produced = artifactId.get() + "-" + repository.version() + ".jar";
            boolean matches =
                    FileSystems.getDefault().getPathMatcher("glob:" + rest).matches(Path.of(produced));
            if (!matches) {
                problems.add("build output: " + where + " expects " + path + ", but module " + module + " builds "
                        + produced);
            }
        }
    }

    // --- depends_on and healthchecks ----------------------------------------------------------------------------

    private void checkDependencies(Service service) {
        service.dependsOn().forEach((dependency, condition) -> {
            Service target = services.get(dependency);
            if (target == null) {
                problems.add("depends_on: service " + service.name() + " depends on " + dependency
                        + ", which is not a service");
                return;
            }
            if (dependency.equals(service.name())) {
                problems.add("depends_on: service " + service.name() + " depends on itself");
            }
            if (!target.profiles().isEmpty()
                    && (service.profiles().isEmpty() || !target.profiles().containsAll(service.profiles()))) {
                problems.add("depends_on: service " + service.name() + " runs in "
                        + (service.profiles().isEmpty() ? "every profile" : "profiles " + service.profiles())
                        + " but depends on " + dependency + ", which only runs in profiles " + target.profiles());
            }
            if (!CONDITIONS.contains(condition)) {
                problems.add("depends_on: service " + service.name() + " waits for " + dependency
                        + " with the unknown condition " + condition);
            }
            if (condition.equals("service_healthy") && !target.hasHealthcheck()) {
                problems.add("healthcheck: service " + service.name() + " waits for " + dependency
                        + " to be healthy, but " + dependency + " has no healthcheck");
            }
        });
    }

    private void checkHealthcheck(Service service) {
        if (!service.oneShot() && !service.hasHealthcheck()) {
            problems.add("healthcheck: service " + service.name() + " has none (only one-shot services with"
                    + " restart: \"no\" may go without)");
        }
    }

    // --- ports --------------------------------------------------------------------------------------------------

    private void checkPorts() {
        Map<String, String> publishedBy = new LinkedHashMap<>();
        for (Service service : services.values()) {
            for (Object entry : list(service.spec().get("ports"))) {
                List<String> hostPorts;
                try {
                    hostPorts = hostPorts(entry);
                } catch (IllegalArgumentException e) {
                    problems.add("ports: service " + service.name() + " publishes " + entry + ", which is not a port"
                            + " mapping");
                    continue;
                }
                for (String hostPort : hostPorts) {
                    String other = publishedBy.putIfAbsent(hostPort, service.name());
                    if (other != null) {
                        problems.add("ports: host port " + hostPort + " is published by both " + other + " and "
                                + service.name());
                    }
                }
            }
        }
    }

    /**
     * Host ports of one {@code ports} entry as {@code port/protocol}: {@code [ip:]host:container[/protocol]}, or the
     * long syntax. A container port alone is published on a random host port and cannot collide.
     */
    static List<String> hostPorts(Object entry) {
        String published;
        String protocol = "tcp";
        if (entry instanceof Map<?, ?> longSyntax) {
            Object value = longSyntax.get("published");
            if (value == null) {
                return List.of();
            }
            published = String.valueOf(value);
            if (longSyntax.get("protocol") != null) {
                protocol = String.valueOf(longSyntax.get("protocol"));
            }
        } else if (entry instanceof String || entry instanceof Integer) {
            String text = String.valueOf(entry);
            int slash = text.indexOf('/');
            if (slash >= 0) {
                protocol = text.substring(slash + 1);
                text = text.substring(0, slash);
            }
            String[] parts = text.split(":", -1);
            if (parts.length == 1) {
                requirePortRange(parts[0]);
                return List.of();
            }
            if (parts.length > 3) {
                throw new IllegalArgumentException(text);
            }
            requirePortRange(parts[parts.length - 1]);
            published = parts[parts.length - 2];
            if (published.isEmpty()) {
                return List.of();
            }
        } else {
            throw new IllegalArgumentException(String.valueOf(entry));
        }
        List<String> ports = new ArrayList<>();
        int[] range = requirePortRange(published);
        for (int port = range[0]; port <= range[1]; port++) {
            ports.add(port + "/" + protocol);
        }
        return ports;
    }

    private static int[] requirePortRange(String text) {
        Matcher matcher = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?").matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(text);
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        if (from < 1 || to > 65535 || to < from) {
            throw new IllegalArgumentException(text);
        }
        return new int[] {from, to};
    }

    // --- Keycloak nodes -----------------------------------------------------------------------------------------

    /** Services that run a Keycloak server: the Keycloak image (or one built on it) with kc.sh start as command. */
    private List<Service> keycloakNodes() {
        return services.values().stream().filter(this::isKeycloakNode).toList();
    }

    private boolean isKeycloakNode(Service service) {
        Optional<String> base =
                service.built() ? dockerfile(service).flatMap(Dockerfile::finalImage) : service.string("image");
        boolean keycloak = base.map(
                        image -> ImageReference.parse(image).repository().equals(KEYCLOAK_IMAGE))
                .orElse(false);
        List<String> command = service.command();
        return keycloak
                && !service.spec().containsKey("entrypoint")
                && !command.isEmpty()
                && command.get(0).startsWith("start");
    }

    private void checkKeycloakNode(Service node) {
        String name = "keycloak node: service " + node.name();
        if (!node.built()) {
            problems.add(name + " runs the plain Keycloak image: build it from a Dockerfile that deploys the"
                    + " Sportello jars");
        } else {
            List<String> builds =
                    dockerfile(node).map(Dockerfile::keycloakBuilds).orElse(List.of());
            if (builds.isEmpty()) {
                problems.add(name + ": its Dockerfile never runs kc.sh build");
            }
            for (String option : KEYCLOAK_BUILD_OPTIONS) {
                if (builds.stream().noneMatch(build -> build.contains(option))) {
                    problems.add(name + ": its image is built without " + option);
                }
            }
        }
        if (!node.command().contains("--import-realm")) {
            problems.add(name + " does not start with --import-realm");
        }
        Optional<Mount> realms = node.mounts().stream()
                .filter(mount -> mount.target().equals(REALM_IMPORT_FOLDER))
                .findFirst();
        if (realms.isEmpty()) {
            problems.add(name + " mounts no realm folder at " + REALM_IMPORT_FOLDER);
        } else if (realms.get().bind()
                && !isBuildOutput(
                        RepositoryFiles.relative("", realms.get().source()).orElse(""))
                && RepositoryFiles.relative("", realms.get().source())
                        .map(folder -> repository.list(folder, "*.json"))
                        .orElse(List.of())
                        .isEmpty()) {
            problems.add(name + " imports realms from " + realms.get().source() + ", which holds no realm file");
        }
        checkDatabase(node, "KC_DB_URL", "db-url", false);
        checkDatabase(node, "KC_DB_URL_FULL_CRM", "db-url-full-crm", true);
        checkTrustedProxies(node);
    }

    /**
     * A node that reads X-Forwarded-* (or Forwarded) headers must take them only from named proxies: otherwise every
     * client chooses the IP address that the per-IP limits and the events see.
     */
    private void checkTrustedProxies(Service node) {
        Optional<String> headers = option(node, "KC_PROXY_HEADERS", "proxy-headers");
        if (headers.isEmpty() || headers.get().isBlank()) {
            return;
        }
        List<String> trusted = trustedAddresses(node);
        if (trusted.isEmpty()) {
            problems.add("trusted proxies: service " + node.name() + " reads proxy headers (" + headers.get()
                    + ") but sets neither KC_PROXY_TRUSTED_ADDRESSES nor --proxy-trusted-addresses");
            return;
        }
        for (String address : trusted) {
            if (CATCH_ALL.contains(address)) {
                problems.add("trusted proxies: service " + node.name() + " trusts " + address
                        + ", that is every client: name the proxy's address or network");
            }
        }
    }

    private static List<String> trustedAddresses(Service node) {
        return option(node, "KC_PROXY_TRUSTED_ADDRESSES", "proxy-trusted-addresses").stream()
                .flatMap(value -> Stream.of(value.split(",")))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
    }

    /** A server option from the environment or from the command line. */
    private static Optional<String> option(Service node, String variable, String option) {
        if (node.environment().containsKey(variable)) {
            return Optional.of(node.environment().get(variable));
        }
        return node.command().stream()
                .filter(word -> word.startsWith("--" + option + "="))
                .map(word -> word.substring(option.length() + 3))
                .findFirst();
    }

    /** The database a node connects to must be a service it waits for; the CRM's must accept XA (prepared). */
    private void checkDatabase(Service node, String variable, String option, boolean xa) {
        Optional<String> url = node.environment().containsKey(variable)
                ? Optional.of(node.environment().get(variable))
                : node.command().stream()
                        .filter(word -> word.startsWith("--" + option + "="))
                        .map(word -> word.substring(option.length() + 3))
                        .findFirst();
        String what = xa ? "crm database" : "keycloak database";
        if (url.isEmpty()) {
            problems.add(what + ": service " + node.name() + " sets neither " + variable + " nor --" + option);
            return;
        }
        Matcher host = JDBC_HOST.matcher(url.get());
        if (!host.matches() || !services.containsKey(host.group(1))) {
            problems.add(what + ": service " + node.name() + " connects to " + url.get()
                    + ", whose host is not a service of the compose file");
            return;
        }
        Service database = services.get(host.group(1));
        if (!node.dependsOn().containsKey(database.name())) {
            problems.add("depends_on: service " + node.name() + " does not wait for its database " + database.name());
        }
        boolean postgres = database.string("image")
                .map(image -> ImageReference.parse(image).repository().equals("postgres"))
                .orElse(false);
        if (xa && postgres) {
            String command = String.join(" ", database.command());
            Matcher prepared = MAX_PREPARED.matcher(command);
            if (!prepared.find() || Integer.parseInt(prepared.group(1)) < 1) {
                problems.add(what + ": service " + database.name() + " must start PostgreSQL with"
                        + " max_prepared_transactions > 0 (the crm datasource is XA)");
            }
        }
    }

    // --- cluster profile ----------------------------------------------------------------------------------------

    private void checkCluster() {
        List<Service> nodes = keycloakNodes();
        if (nodes.stream().noneMatch(node -> node.profiles().isEmpty())) {
            problems.add("cluster: no Keycloak node runs without a profile (docker compose up would start none)");
        }
        List<Service> clusterNodes =
                nodes.stream().filter(node -> node.activeIn(CLUSTER_PROFILE)).toList();
        if (clusterNodes.size() < 2) {
            problems.add("cluster: profile " + CLUSTER_PROFILE + " runs " + clusterNodes.size()
                    + " Keycloak node(s), not two");
        }
        List<Service> proxies = services.values().stream()
                .filter(service -> service.activeIn(CLUSTER_PROFILE))
                .filter(service -> service.string("image")
                        .map(image -> PROXY_IMAGES.contains(
                                ImageReference.parse(image).repository()))
                        .orElse(false))
                .toList();
        if (proxies.isEmpty()) {
            problems.add("cluster: profile " + CLUSTER_PROFILE + " has no reverse proxy (" + PROXY_IMAGES + ")");
        }
        for (Service proxy : proxies) {
            checkProxy(proxy, clusterNodes);
        }
    }

    private void checkProxy(Service proxy, List<Service> nodes) {
        for (Service node : nodes) {
            if (!proxy.dependsOn().containsKey(node.name())) {
                problems.add("cluster: proxy " + proxy.name() + " does not wait for node " + node.name());
            }
        }
        List<String> configs = proxy.mounts().stream()
                .filter(Mount::bind)
                .map(mount -> RepositoryFiles.relative("", mount.source()))
                .flatMap(Optional::stream)
                .filter(repository::isRegularFile)
                .toList();
        if (configs.isEmpty()) {
            problems.add("cluster: proxy " + proxy.name() + " mounts no configuration file from the repository");
            return;
        }
        String configuration =
                configs.stream().map(repository::read).flatMap(Optional::stream).collect(Collectors.joining("\n"));
        checkForwardedFor(proxy, configs, configuration);
        checkCompression(proxy, configs, configuration);
        for (Service node : nodes) {
            if (proxy.fixedAddress().isPresent()
                    && option(node, "KC_PROXY_HEADERS", "proxy-headers").isPresent()
                    && trustedAddresses(node).stream()
                            .noneMatch(trusted ->
                                    Ipv4.contains(trusted, proxy.fixedAddress().get()))) {
                problems.add("trusted proxies: service " + node.name() + " does not trust the address "
                        + proxy.fixedAddress().get() + " of proxy " + proxy.name());
            }
            Pattern server = Pattern.compile(
                    "(?m)(?:^|[\\s{;])server\\s+(?:\\S+\\s+)?" + Pattern.quote(node.name()) + ":\\d+\\b");
            if (!server.matcher(configuration).find()) {
                problems.add("cluster: proxy " + proxy.name() + " does not route to node " + node.name() + " ("
                        + String.join(", ", configs) + ")");
            }
        }
    }

    /**
     * An nginx proxy must overwrite X-Forwarded-For with the address it sees: {@code $proxy_add_x_forwarded_for}
     * appends to what the client sent, and Keycloak takes the first address of the header as the client's.
     */
    private void checkForwardedFor(Service proxy, List<String> configs, String configuration) {
        boolean nginx = proxy.string("image")
                .map(image -> ImageReference.parse(image).repository().equals("nginx"))
                .orElse(false);
        if (!nginx || !configuration.contains("proxy_pass")) {
            return;
        }
        Matcher directive = NGINX_XFF.matcher(configuration);
        List<String> values = new ArrayList<>();
        while (directive.find()) {
            values.add(directive.group(1).strip());
        }
        if (values.isEmpty() || values.stream().anyMatch(value -> !value.equals("$remote_addr"))) {
            problems.add("trusted proxies: proxy " + proxy.name() + " must set X-Forwarded-For to $remote_addr"
                    + " (overwrite, not append) in " + String.join(", ", configs) + "; found " + values);
        }
    }

    /**
     * An nginx proxy compresses what Keycloak sends uncompressed (pages, JSON, the SVG images; Keycloak gzips the theme's
     * CSS and JS itself only for the clients that ask): {@code gzip on}, {@code gzip_vary on} for the caches in between,
     * and {@code gzip_types} naming each text type (text/html is always on the list).
     */
    private void checkCompression(Service proxy, List<String> configs, String configuration) {
        boolean nginx = proxy.string("image")
                .map(image -> ImageReference.parse(image).repository().equals("nginx"))
                .orElse(false);
        if (!nginx || !configuration.contains("proxy_pass")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String directive : List.of("gzip", "gzip_vary")) {
            if (!Pattern.compile("(?m)^\\s*" + directive + "\\s+on\\s*;")
                    .matcher(configuration)
                    .find()) {
                missing.add(directive + " on");
            }
        }
        Matcher types = NGINX_GZIP_TYPES.matcher(configuration);
        List<String> listed = types.find() ? List.of(types.group(1).strip().split("\\s+")) : List.of();
        for (String type : GZIP_TYPES) {
            if (!listed.contains(type)) {
                missing.add("gzip_types " + type);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("compression: proxy " + proxy.name() + " must compress text assets in "
                    + String.join(", ", configs) + "; missing " + missing);
        }
    }

    /** IPv4 addresses and CIDR ranges, enough to tell whether a trusted range covers an address. */
    static final class Ipv4 {

        private Ipv4() {}

        static boolean contains(String range, String address) {
            String[] parts = range.split("/", 2);
            try {
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
                if (bits < 0 || bits > 32) {
                    return false;
                }
                long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
                return (value(parts[0]) & mask) == (value(address) & mask);
            } catch (IllegalArgumentException e) {
                return false; // not IPv4 (a host name or IPv6): not a match
            }
        }

        private static long value(String address) {
            String[] octets = address.strip().split("\\.", -1);
            if (octets.length != 4) {
                throw new IllegalArgumentException(address);
            }
            long value = 0;
            for (String octet : octets) {
                int number = Integer.parseInt(octet);
                if (number < 0 || number > 255) {
                    throw new IllegalArgumentException(address);
                }
                value = (value << 8) | number;
            }
            return value;
        }
    }

    // --- the compose model --------------------------------------------------------------------------------------

    /** A volume entry: a bind mount (a path) or a named volume, and where it goes in the container. */
    record Mount(boolean bind, String source, String target) {

        static Mount of(Object entry) {
            if (entry instanceof Map<?, ?> longSyntax) {
                String type = longSyntax.get("type") == null ? "volume" : String.valueOf(longSyntax.get("type"));
                String source = longSyntax.get("source") == null ? "" : String.valueOf(longSyntax.get("source"));
                return new Mount(type.equals("bind"), source, String.valueOf(longSyntax.get("target")));
            }
            String[] parts = String.valueOf(entry).split(":");
            if (parts.length == 1) {
                return new Mount(false, "", parts[0]); // anonymous volume
            }
            boolean bind = parts[0].startsWith(".") || parts[0].startsWith("/") || parts[0].startsWith("~");
            return new Mount(bind, parts[0], parts[1]);
        }
    }

    record Service(String name, Map<String, Object> spec) {

        boolean built() {
            return spec.get("build") != null;
        }

        Optional<String> string(String key) {
            Object value = spec.get(key);
            return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
        }

        List<String> profiles() {
            return list(spec.get("profiles")).stream().map(String::valueOf).toList();
        }

        boolean activeIn(String profile) {
            return profiles().isEmpty() || profiles().contains(profile);
        }

        List<String> command() {
            Object command = spec.get("command");
            if (command instanceof String text) {
                return List.of(text.strip().split("\\s+"));
            }
            return list(command).stream().map(String::valueOf).toList();
        }

        Map<String, String> environment() {
            Object environment = spec.get("environment");
            Map<String, String> variables = new LinkedHashMap<>();
            if (environment instanceof Map<?, ?> entries) {
                entries.forEach(
                        (key, value) -> variables.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
            } else {
                for (Object entry : list(environment)) {
                    String[] pair = String.valueOf(entry).split("=", 2);
                    variables.put(pair[0], pair.length > 1 ? pair[1] : "");
                }
            }
            return variables;
        }

        List<Mount> mounts() {
            return list(spec.get("volumes")).stream().map(Mount::of).toList();
        }

        /** Services this one depends on, with the condition it waits for. */
        Map<String, String> dependsOn() {
            Object dependsOn = spec.get("depends_on");
            Map<String, String> dependencies = new LinkedHashMap<>();
            if (dependsOn instanceof Map<?, ?> entries) {
                entries.forEach((key, value) -> dependencies.put(
                        String.valueOf(key), String.valueOf(map(value).getOrDefault("condition", "service_started"))));
            } else {
                list(dependsOn).forEach(entry -> dependencies.put(String.valueOf(entry), "service_started"));
            }
            return dependencies;
        }

        boolean hasHealthcheck() {
            Map<String, Object> healthcheck = map(spec.get("healthcheck"));
            return !Boolean.TRUE.equals(healthcheck.get("disable"))
                    && healthcheck.get("test") != null
                    && !list(healthcheck.get("test")).equals(List.of("NONE"));
        }

        /** The fixed IPv4 address the service asks for on any of its networks. */
        Optional<String> fixedAddress() {
            return map(spec.get("networks")).values().stream()
                    .map(network -> map(network).get("ipv4_address"))
                    .filter(java.util.Objects::nonNull)
                    .map(String::valueOf)
                    .findFirst();
        }

        boolean oneShot() {
            return "no".equals(spec.get("restart"));
        }

        String buildContext() {
            Object build = spec.get("build");
            if (build instanceof String context) {
                return context;
            }
            return String.valueOf(map(build).getOrDefault("context", "."));
        }

        Optional<String> dockerfilePath() {
            Object dockerfile = map(spec.get("build")).getOrDefault("dockerfile", "Dockerfile");
            return RepositoryFiles.relative("", buildContext())
                    .flatMap(context -> RepositoryFiles.relative(context, String.valueOf(dockerfile)));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> entries ? (Map<String, Object>) entries : Map.of();
    }

    static List<Object> list(Object value) {
        if (value instanceof List<?> items) {
            return new ArrayList<>(items);
        }
        return value == null ? List.of() : List.of(value);
    }
}
