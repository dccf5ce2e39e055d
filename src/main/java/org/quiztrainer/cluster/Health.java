package org.quiztrainer.cluster;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health} for the load balancer: 200 once this node has finished starting (the bank is loaded)
 * and until it begins to shut down, 503 otherwise. It does not ask the database: when the database is
 * down every node says so to its users ("try again") rather than the load balancer refusing them all.
 */
@RestController
@Configuration
@EnableScheduling
class Health {

    private final ApplicationAvailability availability;

    Health(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @GetMapping(value = "/health", produces = "text/plain")
    ResponseEntity<String> health() {
        boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        return ready ? ResponseEntity.ok("UP\n") : ResponseEntity.status(503).body("STARTING OR STOPPING\n");
    }

    /** {@code /health} needs no login, no session and no CSRF token; everything else keeps the app's rules. */
    @Bean
    @Order(1)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/health")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .build();
    }
}
