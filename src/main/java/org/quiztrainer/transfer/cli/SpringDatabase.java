package org.quiztrainer.transfer.cli;

import org.quiztrainer.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The app on the database of its settings ({@code application.properties}, environment), without a web server. */
final class SpringDatabase implements Database {

    @Override
    public Session open() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run();
        return new Session(app, app::close);
    }
}
