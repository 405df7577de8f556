package it.sportello.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Just enough of a Dockerfile for the static checks: its instructions (continuation lines joined, comments dropped),
 * the images of its stages and the sources that COPY and ADD take from the build context.
 */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {}

    /** A FROM: the image, or the name of an earlier stage it builds on. */
    record Stage(String image, Optional<String> name, boolean fromEarlierStage) {}

    /** A COPY or ADD from the build context: its sources (all arguments but the destination). */
    record Copy(String keyword, List<String> sources) {}

    static Dockerfile parse(String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (!current.isEmpty() && trimmed.startsWith("#")) {
                continue; // comment lines inside a continued instruction are dropped by Docker too
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            add(instructions, current.toString());
            current.setLength(0);
        }
        if (!current.isEmpty()) {
            add(instructions, current.toString());
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    private static void add(List<Instruction> instructions, String line) {
        String[] parts = line.strip().split("\\s+", 2);
        instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : ""));
    }

    List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Instruction instruction : instructions) {
            if (!instruction.keyword().equals("FROM")) {
                continue;
            }
            List<String> words =
                    new ArrayList<>(Arrays.asList(instruction.arguments().split("\\s+")));
            words.removeIf(word -> word.startsWith("--"));
            String image = words.isEmpty() ? "" : words.get(0);
            Optional<String> name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")
                    ? Optional.of(words.get(2).toLowerCase(Locale.ROOT))
                    : Optional.empty();
            stages.add(new Stage(image, name, names.contains(image.toLowerCase(Locale.ROOT))));
            name.ifPresent(names::add);
        }
        return stages;
    }

    /** The image the final stage runs on, following stage names back to a real image. */
    Optional<String> finalImage() {
        List<Stage> stages = stages();
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        Stage stage = stages.get(stages.size() - 1);
        while (stage.fromEarlierStage()) {
            String earlier = stage.image().toLowerCase(Locale.ROOT);
            stage = stages.stream()
                    .filter(candidate -> candidate.name().equals(Optional.of(earlier)))
                    .findFirst()
                    .orElseThrow();
        }
        return Optional.of(stage.image());
    }

    /** COPY and ADD instructions that read the build context (not {@code COPY --from=another-stage}). */
    List<Copy> contextCopies() {
        List<Copy> copies = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (!instruction.keyword().equals("COPY") && !instruction.keyword().equals("ADD")) {
                continue;
            }
            List<String> words = words(instruction.arguments());
            if (words.stream().anyMatch(word -> word.startsWith("--from="))) {
                continue;
            }
            words.removeIf(word -> word.startsWith("--"));
            copies.add(new Copy(
                    instruction.keyword(),
                    words.size() < 2 ? List.of() : List.copyOf(words.subList(0, words.size() - 1))));
        }
        return copies;
    }

    /** The arguments of every RUN that calls {@code kc.sh build}. */
    List<String> keycloakBuilds() {
        return instructions.stream()
                .filter(instruction -> instruction.keyword().equals("RUN"))
                .map(Instruction::arguments)
                .filter(arguments -> arguments.matches("(?s).*\\bkc\\.sh\\s+build\\b.*"))
                .toList();
    }

    /** Shell form split on blanks, or the JSON array form ({@code COPY ["a", "b"]}), flags kept. */
    private static List<String> words(String arguments) {
        List<String> flags = new ArrayList<>();
        String rest = arguments;
        while (rest.startsWith("--")) {
            String[] split = rest.split("\\s+", 2);
            flags.add(split[0]);
            rest = split.length > 1 ? split[1] : "";
        }
        List<String> words = new ArrayList<>(flags);
        if (rest.startsWith("[")) {
            Object json = new Yaml(new SafeConstructor(new LoaderOptions())).load(rest);
            if (json instanceof List<?> list) {
                list.forEach(item -> words.add(String.valueOf(item)));
                return words;
            }
        }
        words.addAll(Arrays.asList(rest.split("\\s+")));
        words.removeIf(String::isEmpty);
        return words;
    }
}
