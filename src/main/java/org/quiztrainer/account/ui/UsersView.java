package org.quiztrainer.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.quiztrainer.account.AccountService;
import org.quiztrainer.account.Role;
import org.quiztrainer.account.UserSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * Admins list every account, change roles and disable or enable accounts; a change takes effect at the
 * user's next request.
 */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserSummary> grid = new Grid<>();
    private final AccountService accounts;

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("users-view");
        setSizeFull();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.username"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.display-name"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect)
                .setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::enabledBox)
                .setHeader(getTranslation("users.enabled"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.language().tag()).setHeader(getTranslation("users.language"));
        grid.addColumn(u -> date.format(u.createdAt())).setHeader(getTranslation("users.created"));
        grid.setItems(accounts.listUsers());
        add(grid);
    }

    private Select<Role> roleSelect(UserSummary user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        select.setValue(user.role());
        select.setAriaLabel(getTranslation("users.role") + " " + user.username());
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                accounts.changeRole(user.id(), e.getValue());
                Notification.show(getTranslation(
                        "users.role-changed",
                        user.username(),
                        getTranslation("role." + e.getValue().name())));
            } catch (AccessDeniedException ex) {
                select.setValue(e.getOldValue());
                Notification.show(getTranslation("users.role-own")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return select;
    }

    private Checkbox enabledBox(UserSummary user) {
        Checkbox box = new Checkbox(user.enabled());
        box.setAriaLabel(getTranslation("users.enabled-aria", user.username()));
        box.addClassName("user-enabled");
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                accounts.setEnabled(user.id(), e.getValue());
                Notification.show(
                        getTranslation(e.getValue() ? "users.enabled-on" : "users.enabled-off", user.username()));
            } catch (AccessDeniedException ex) {
                box.setValue(e.getOldValue());
                Notification.show(getTranslation("users.disable-own")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
