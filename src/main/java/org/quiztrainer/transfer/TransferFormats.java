package org.quiztrainer.transfer;

import java.time.Clock;
import org.quiztrainer.bank.io.FormatRegistry;
import org.quiztrainer.bank.io.standard.StandardFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The formats the app imports and exports: every one of {@link StandardFormats}, on the app's clock. */
@Configuration
class TransferFormats {

    @Bean
    FormatRegistry formatRegistry(Clock clock) {
        return StandardFormats.registry(clock);
    }
}
