package nl.kansrijkestart.mdo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MdoApplication {

    public static void main(String[] args) {
        SpringApplication.run(MdoApplication.class, args);
    }
}
