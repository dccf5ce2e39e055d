package org.quiztrainer;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.quiztrainer.account.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of the Karibu view tests: the real Spring context and services, a mocked browser.
 * {@link #loginAs} makes a user the caller both for Spring Security and for Vaadin's view access checks.
 */
@AppTest
public abstract class KaribuTest {

    private static final Routes ROUTES = appRoutes();

    /** The app's views and its own error views (Karibu's throwing not-found handler removed). */
    private static Routes appRoutes() {
        Routes routes = new Routes().autoDiscoverViews("org.quiztrainer");
        routes.getErrorRoutes().remove(MockRouteNotFoundError.class);
        return routes;
    }

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers users;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null) {
                request.setUserPrincipalInt(auth);
                request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
                session.setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
            }
            return request;
        });
        MockVaadin.setup(UI::new, new KaribuTestServlet(ROUTES, context));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.logout();
    }

    /** Logs {@code user} in and starts a fresh UI, as a browser would after the login redirect. */
    protected void loginAs(UserSummary user) {
        TestUsers.login(user);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) ->
                auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        reload();
    }

    /** Closes the current UI and opens a new one in the same session (a page reload). */
    protected void reload() {
        UI.getCurrent().getPage().reload();
    }

    /** Every component in the current UI, depth first. */
    protected static List<Component> allComponents() {
        List<Component> out = new ArrayList<>();
        collect(UI.getCurrent(), out);
        return out;
    }

    private static void collect(Component c, List<Component> out) {
        out.add(c);
        Stream<Component> children = c.getChildren();
        children.forEach(child -> collect(child, out));
    }
}
