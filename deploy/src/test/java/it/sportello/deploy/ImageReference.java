package it.sportello.deploy;

import java.util.Optional;

/**
 * An image name as Compose and Docker write it, {@code [registry/][namespace/]repository[:tag][@digest]}, reduced to
 * the repository (Docker Hub's {@code docker.io/library/} prefix dropped) and the tag.
 */
record ImageReference(String repository, Optional<String> tag) {

    static ImageReference parse(String image) {
        String name = image.strip();
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            tag = Optional.of(name.substring(colon + 1));
            name = name.substring(0, colon);
        }
        for (String prefix :
                new String[] {"docker.io/library/", "index.docker.io/library/", "library/", "docker.io/"}) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return new ImageReference(name, tag);
    }

    /**
     * Whether the tag is a release version with at least {@code components} numbers ({@code 16.8}, {@code v1.28.0},
     * {@code 26.7.3}, optionally with a variant such as {@code -alpine}): not {@code latest}, not a floating major or
     * minor tag, not a variable.
     */
    boolean pinnedTo(int components) {
        return tag.filter(value ->
                        value.matches("v?\\d+(\\.\\d+){" + (components - 1) + ",}(-[A-Za-z0-9][A-Za-z0-9.]*)?"))
                .isPresent();
    }

    /** The version part of the tag, without a leading {@code v} or a variant suffix. */
    Optional<String> version() {
        return tag.map(value -> value.replaceFirst("^v", "").replaceFirst("-.*$", ""));
    }
}
