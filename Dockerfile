# Runtime image of MDO Kansrijke Start. Build the jar first: ./mvnw package -DskipTests
# The image starts the application the way bin/start-production.sh does outside a container (README,
# "Starting the jar"; docs/benchmarks.md, start-up): the jar unpacked, a small serial heap and a JDK
# AOT cache. The cache is made here, during the image build, by the script's own training start (an
# empty embedded database of its own, demo data, stopped once ready): the script finds it in place
# at every container start, made by exactly this jar and this JDK, so a container never trains.
# The JDK must be 25 or newer for the cache (the JRE image holds the same JVM).
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 mdo
WORKDIR /app
COPY target/mdo-kansrijke-start-*.jar /app/mdo.jar
COPY bin/start-production.sh /app/start-production.sh
# MDO_APP_DIR: where the script unpacks the jar and keeps the cache; the training run's database is a
# temporary folder it removes again. MDO_DATA_DIR: the embedded database, when no PostgreSQL is set.
ENV MDO_JAR=/app/mdo.jar MDO_APP_DIR=/app/run MDO_DATA_DIR=/app/data
RUN /app/start-production.sh --prepare && test -f /app/run/mdo.aot \
    && mkdir -p /app/data && chown mdo /app/data
USER mdo
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
# Heap: MDO_HEAP_MAX (default 256m); further JVM options: JAVA_OPTS; both as for the script.
ENTRYPOINT ["/app/start-production.sh"]
