package org.quiztrainer.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.quiztrainer.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login through the Vaadin login view, role checks on views and on service methods, and the headers
 * a browser needs to keep the app to itself. Logins go through {@link ThrottledAuthenticationProvider}; a
 * login posted from another site is refused ({@link LoginOriginFilter}); a role change or a disabled account
 * takes effect at the next request ({@link AccountFreshnessFilter}). The session cookie is SameSite=Lax
 * (application.properties).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What the pages may load: only this site. Vaadin's bootstrap page has inline scripts and Flow runs
     * server-sent JavaScript through {@code new Function}, and Lumo sets inline styles, so scripts and styles
     * need 'unsafe-inline' (and scripts 'unsafe-eval'); nothing may frame the app or post forms elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository users) throws Exception {
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/error", "/webjars/**", "/js/**", "/images/**", "/favicon.ico")
                        .permitAll());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        http.addFilterBefore(new LoginOriginFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new AccountFreshnessFilter(users), SecurityContextHolderFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Hashes with bcrypt today and still reads hashes of other schemes tagged like {@code {bcrypt}…}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
