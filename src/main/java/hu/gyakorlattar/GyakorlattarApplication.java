package hu.gyakorlattar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gyakorlattár: the Best Municipal Practices Programme (LÖGY) in one modular monolith.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GyakorlattarApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(GyakorlattarApplication.class);
		application.addListeners(new AotStartGuard());
		application.run(args);
	}

}
