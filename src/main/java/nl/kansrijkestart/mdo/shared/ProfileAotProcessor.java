package nl.kansrijkestart.mdo.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.javapoet.ClassName;
import org.springframework.util.StringUtils;

/**
 * A build step (pom.xml, after Spring Boot's own {@code process-aot}): the Spring AOT code of the
 * application as it is with one installation profile, such as {@code keycloak}, next to the code
 * without a profile that {@code process-aot} made. Its classes carry the profile in their names
 * ({@code MdoApplication__KeycloakApplicationContextInitializer},
 * {@code SecurityConfiguration__KeycloakBeanDefinitions}), so both sets live in one jar and
 * {@link SpringAotChoice} picks the set of the profile a start runs with. The step compiles the
 * generated sources and adds the classes to the build's classes folder.
 *
 * <p>Arguments: the application class, the profile, the build's classes folder, a work folder,
 * the group id, the artifact id and the Java release to compile for. Runs in a JVM of its own with
 * the application's classpath. The only generated classes that both sets have are the CGLIB
 * subclasses of configuration classes and proxied services, made from each class alone: the same
 * members, numbered in the order the JVM happens to list them. Those of the set without a profile
 * stay (with their FastClass helpers, which call those numbered members); any other class of the
 * same name that differs fails the build.
 */
public final class ProfileAotProcessor extends SpringApplicationAotProcessor {

    private final String profile;

    private ProfileAotProcessor(Class<?> application, Settings settings, String profile) {
        super(application, settings, new String[0]);
        this.profile = profile;
    }

    /** What the generated classes' names carry for a profile: "keycloak" gives "Keycloak". */
    public static String namePrefix(String profile) {
        return StringUtils.capitalize(profile.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
    }

    @Override
    protected ClassNameGenerator createClassNameGenerator() {
        return new ClassNameGenerator(ClassName.get(getApplicationClass()), namePrefix(profile));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            throw new IllegalArgumentException("Usage: ProfileAotProcessor <application class> <profile> "
                    + "<classes folder> <work folder> <group id> <artifact id> <java release>");
        }
        Class<?> application = Class.forName(args[0]);
        String profile = args[1];
        Path classes = Path.of(args[2]);
        Path work = Path.of(args[3]);
        System.setProperty("spring.profiles.active", profile);
        Settings settings = Settings.builder()
                .sourceOutput(work.resolve("sources"))
                .resourceOutput(work.resolve("resources"))
                .classOutput(work.resolve("classes"))
                .groupId(args[4])
                .artifactId(args[5])
                .build();
        ClassName initializer = new ProfileAotProcessor(application, settings, profile).process();
        compile(work.resolve("sources"), work.resolve("classes"), args[6]);
        // The classes only: the resources are hints for native images, which this application is not.
        copy(work.resolve("classes"), classes, profile);
        System.out.println("Spring AOT code for profile " + profile + ": " + initializer.reflectionName());
    }

    private static void compile(Path sources, Path output, String release) throws IOException {
        List<String> files;
        try (Stream<Path> found = Files.walk(sources)) {
            files = found.filter(file -> file.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No Java compiler: the build needs a JDK, not a JRE");
        }
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-cp",
                System.getProperty("java.class.path"), "-parameters", "-nowarn", "--release", release));
        arguments.addAll(files);
        if (javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("The generated Spring AOT sources in " + sources + " do not compile");
        }
    }

    /**
     * The profile's own classes (their names carry its prefix) replace those of an earlier build; a
     * CGLIB subclass that the set without a profile already has stays; any other class that is
     * there already must be the same.
     */
    static void copy(Path from, Path to, String profile) throws IOException {
        String own = "__" + namePrefix(profile);
        List<Path> files;
        try (Stream<Path> found = Files.walk(from)) {
            files = found.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path target = to.resolve(from.relativize(file));
            if (name.contains(own) || !Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            } else if (!name.contains("$$SpringCGLIB$$") && Files.mismatch(file, target) != -1) {
                throw new IllegalStateException("The Spring AOT code of the profile would replace " + target
                        + " of the code without a profile by another class");
            }
        }
    }
}
