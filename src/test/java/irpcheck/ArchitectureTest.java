package irpcheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import directions of ../shared/design/ARCHITECTURE.md: each package imports only the packages
 * below it, each third-party library lives in its one package, and every package has a package-info.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\birpcheck\\.((?:lang\\.)?[a-z]+(?:\\.parallel)?)\\.[A-Z]");

    /** Package to the irpcheck packages it may use (itself always). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "source", Set.of(),
            "lang.syntax", Set.of("source"),
            "lang.check", Set.of("source", "lang.syntax"),
            "lang.compile", Set.of("source", "lang.syntax", "lang.check", "model"),
            "model", Set.of("source"),
            "explore", Set.of("source", "model"),
            "explore.parallel", Set.of("source", "model", "explore"),
            "report", Set.of("source", "model", "explore"),
            "cli", Set.of("source", "lang.syntax", "lang.check", "lang.compile", "model", "explore", "explore.parallel", "report"));

    /** Third-party roots and the packages allowed to use them. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "picocli", Set.of("cli"),
            "com.fasterxml.jackson", Set.of("report"),
            "org.jgrapht", Set.of("report"),
            "org.eclipse.collections", Set.of("explore", "explore.parallel", "lang.compile", "model"));

    @Test
    void importsFollowTheArchitecture() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            String text = Files.readString(file);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                check(file, pkg, m.group(1), wrong);
            }
            Matcher q = QUALIFIED.matcher(text);
            while (q.find()) {
                check(file, pkg, "irpcheck." + q.group(1), wrong);
            }
        }
        assertEquals(List.of(), wrong, "imports against ARCHITECTURE.md");
    }

    private static void check(Path file, String pkg, String importedName, List<String> wrong) {
        String imported = packagePart(importedName);
        if (imported.startsWith("irpcheck.")) {
            String target = imported.substring("irpcheck.".length());
            Set<String> allowed = ALLOWED.get(pkg);
            if (!target.equals(pkg) && !target.startsWith(pkg + ".") && (allowed == null || !allowed.contains(target))) {
                wrong.add(file + ": " + pkg + " -> " + target);
            }
            return;
        }
        for (var lib : LIBRARIES.entrySet()) {
            if (imported.startsWith(lib.getKey()) && !lib.getValue().contains(pkg)) {
                wrong.add(file + ": " + pkg + " uses " + lib.getKey());
            }
        }
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        for (Path file : sources()) {
            assertTrue(Files.exists(file.resolveSibling("package-info.java")), "no package-info.java beside " + file);
        }
    }

    @Test
    void everyPackageIsKnown() throws IOException {
        for (Path file : sources()) {
            assertTrue(ALLOWED.containsKey(packageOf(file)), "package " + packageOf(file) + " is not in ARCHITECTURE.md's table");
        }
    }

    /** The package segments of a name: those before the first capitalised one. */
    private static String packagePart(String name) {
        StringBuilder sb = new StringBuilder();
        for (String seg : name.split("\\.")) {
            if (!seg.isEmpty() && Character.isUpperCase(seg.charAt(0))) {
                break;
            }
            sb.append(sb.length() > 0 ? "." : "").append(seg);
        }
        return sb.toString();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.resolve("irpcheck").relativize(file.getParent());
        return rel.toString().replace('/', '.');
    }
}
