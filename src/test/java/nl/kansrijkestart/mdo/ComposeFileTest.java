package nl.kansrijkestart.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compose file cannot be started on the build machines (no container engine), so its promises
 * are checked here against what the tests do run: the Keycloak version of the sign-in tests, the
 * realm file's clients, secrets and audience, the settings the application reads, and the
 * database the application and Keycloak share.
 */
class ComposeFileTest {

    private static Map<String, Object> services;
    private static JsonNode realm;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader compose = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(compose).get("services");
        }
        realm = JsonMapper.builder().build().readTree(Path.of("config/keycloak/mdo-realm.json").toFile());
    }

    @Test
    void keycloakRunsTheVersionTheSignInTestsRunAgainstAndImportsTheRealmFile() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>").matcher(pom);
        assertThat(version.find()).isTrue();

        assertThat(service("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
        assertThat(String.valueOf(service("keycloak").get("volumes")))
                .contains("./config/keycloak:/opt/keycloak/data/import");
        assertThat(String.valueOf(service("keycloak").get("command"))).contains("--import-realm");
    }

    @Test
    void theApplicationSignsInWithTheRealmsWebClientAndAcceptsTokensForTheRealmsAudience() {
        Map<String, Object> app = environment("app");

        assertThat(app.get("SPRING_PROFILES_ACTIVE")).isEqualTo("keycloak");
        JsonNode web = client(String.valueOf(app.get("MDO_KEYCLOAK_CLIENT_ID")));
        assertThat(app.get("MDO_KEYCLOAK_CLIENT_SECRET")).isEqualTo(web.path("secret").asString());
        assertThat(web.path("redirectUris").toString()).contains("/login/oauth2/code/keycloak");
        assertThat(client("mdo-indicator-feed").path("protocolMappers").toString())
                .contains("\"included.custom.audience\":\"" + app.get("MDO_API_AUDIENCE") + "\"");
        assertThat(app.get("MDO_KEYCLOAK_ISSUER"))
                .isEqualTo(environment("keycloak").get("KC_HOSTNAME") + "/realms/" + realm.path("realm").asString());
    }

    @Test
    void everySettingTheComposeFileGivesTheApplicationIsOneItReads() throws IOException {
        Map<String, Object> app = environment("app");

        assertThat(app.keySet()).filteredOn(name -> !name.startsWith("SPRING_"))
                .allSatisfy(name -> assertThat(settingsWith(Map.of(name, "set-by-compose")).values())
                        .as("%s changes a setting of the application", name)
                        .anySatisfy(value -> assertThat(value).contains("set-by-compose")));
        assertThat(settingsWith(app)).containsEntry("mdo.demo-data.enabled", "false")
                .containsEntry("mdo.security.sign-in", "keycloak");
    }

    /**
     * The application's settings as Spring resolves them with these environment variables: the
     * properties files of the default and the keycloak profile, the variables taking precedence
     * under Spring's relaxed names (MDO_DEMO_DATA_ENABLED sets mdo.demo-data.enabled).
     */
    private static Map<String, String> settingsWith(Map<String, Object> variables) throws IOException {
        StandardEnvironment spring = new StandardEnvironment();
        MutablePropertySources sources = spring.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource("compose", variables));
        Properties files = new Properties();
        for (String file : new String[] {"application-keycloak.properties", "application.properties"}) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file))) {
                properties.load(reader);
            }
            sources.addLast(new PropertiesPropertySource(file, properties));
            properties.forEach(files::putIfAbsent);
        }
        ConfigurationPropertySources.attach(spring);
        Map<String, String> resolved = new TreeMap<>();
        files.keySet().forEach(key -> resolved.put((String) key, spring.getProperty((String) key, "")));
        return resolved;
    }

    @Test
    void theApplicationAndKeycloakUseTheComposeDatabaseWithItsAccount() throws IOException {
        Map<String, Object> db = environment("db");
        Map<String, Object> app = environment("app");
        Map<String, Object> keycloak = environment("keycloak");

        assertThat(app.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://db:5432/" + db.get("POSTGRES_DB"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
        assertThat(keycloak.get("KC_DB_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
        assertThat(keycloak.get("KC_DB_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
        String keycloakDatabase = String.valueOf(keycloak.get("KC_DB_URL")).replaceFirst(".*/", "");
        assertThat(Files.readString(Path.of("config/postgres/create-keycloak-database.sql")))
                .contains("CREATE DATABASE " + keycloakDatabase + " OWNER " + db.get("POSTGRES_USER"));
    }

    @Test
    void twoIdenticalApplicationNodesRunBehindALoadBalancerWithStickySessions() throws IOException {
        assertThat(service("app2")).as("the second node runs the same build with the same settings")
                .isEqualTo(service("app"));
        assertThat(service("app")).as("browsers reach the nodes only through the load balancer")
                .doesNotContainKey("ports");

        Map<String, Object> lb = service("lb");
        assertThat(String.valueOf(lb.get("image"))).startsWith("haproxy:");
        assertThat(String.valueOf(lb.get("ports"))).contains("8080:8080");
        assertThat(String.valueOf(lb.get("depends_on"))).contains("app=", "app2=");
        assertThat(String.valueOf(lb.get("volumes")))
                .contains("./config/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg");

        String haproxy = Files.readString(Path.of("config/haproxy/haproxy.cfg"));
        assertThat(haproxy).as("a cookie keeps each browser session on its node (Vaadin's requirement)")
                .containsPattern("(?m)^\\s*cookie \\S+ insert");
        assertThat(haproxy).containsPattern("(?m)^\\s*server app app:8080 check cookie app$")
                .containsPattern("(?m)^\\s*server app2 app2:8080 check cookie app2$")
                .contains("option httpchk GET /actuator/health/readiness");
        assertThat(haproxy).as("the load balancer listens where the realm's redirect URIs point")
                .containsPattern("(?m)^\\s*bind :8080$");
        assertThat(client("mdo-web").path("redirectUris").toString())
                .contains("http://localhost:8080/login/oauth2/code/keycloak");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }

    private static JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asString().equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId + " in the realm file"));
    }
}
