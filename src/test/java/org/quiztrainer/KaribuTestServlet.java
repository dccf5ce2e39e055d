package org.quiztrainer;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinHelper;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinSession;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import jakarta.servlet.ServletException;
import org.springframework.context.ApplicationContext;

/**
 * Runs the app's Spring-managed Vaadin service inside Karibu-Testing's mock environment: no
 * Atmosphere, a mock session, and the app's routes registered.
 */
class KaribuTestServlet extends SpringServlet {

    private final Routes routes;
    private final ApplicationContext context;

    KaribuTestServlet(Routes routes, ApplicationContext context) {
        super(context, false);
        this.routes = routes;
        this.context = context;
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration() throws ServletException {
        MockVaadinHelper.mockFlowBuildInfo(this);
        return super.createDeploymentConfiguration();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new SpringVaadinServletService(this, configuration, context) {
            @Override
            protected boolean isAtmosphereAvailable() {
                return false;
            }

            @Override
            public String getMainDivId(VaadinSession session, VaadinRequest request) {
                return "ROOT-1";
            }

            @Override
            protected VaadinSession createVaadinSession(VaadinRequest request) {
                return new MockVaadinSession(this, UI::new);
            }
        };
        service.init();
        routes.register((VaadinServletContext) service.getContext());
        return service;
    }
}
