package nl.kansrijkestart.mdo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class MdoApplication {

    public static void main(String[] args) {
        SpringApplication.run(MdoApplication.class, args);
    }
}
