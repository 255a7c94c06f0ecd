# Runtime image of MDO Kansrijke Start. Build the jar first: ./mvnw package -DskipTests
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 mdo
WORKDIR /app
COPY target/mdo-kansrijke-start-*.jar /app/mdo.jar
USER mdo
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/mdo.jar"]
