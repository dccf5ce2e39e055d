package org.quiztrainer.bank.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiztrainer.account.InvalidInputException;
import org.quiztrainer.bank.Bank;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankClasses;
import org.quiztrainer.bank.BankLanguages;
import org.quiztrainer.bank.BankSettings;
import org.quiztrainer.bank.Visibility;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Makes a bank ({@code banks/new}, anyone signed in) or changes one's settings ({@code bank/7/settings}, its owner or
 * an admin): title, description, languages, who may study it, co-editors; the owner may also delete it (its
 * questions leave study and keep their history).
 */
@Route("banks/new")
@RouteAlias("bank/:bankId([0-9]{1,18})/settings")
@PermitAll
public class BankSettingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BankCatalogService catalog;
    private final List<BankClasses.ClassRef> shareable;
    final BankSettingsForm form;
    final Button save = new Button();
    final Button delete = new Button();
    final Anchor back = new Anchor();
    private Bank bank;

    public BankSettingsView(BankCatalogService catalog) {
        this.catalog = catalog;
        addClassName("bank-settings-view");
        shareable = catalog.shareableClasses();
        form = new BankSettingsForm(shareable);
        back.addClassName("settings-back");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("settings-save");
        save.addClickListener(e -> save());
        delete.setText(getTranslation("bank.settings.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("settings-delete");
        delete.addClickListener(e -> confirmDelete());
        Div actions = new Div(save, delete);
        actions.addClassName("settings-actions");
        add(back, form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("bankId");
        if (id.isEmpty()) {
            bank = null;
            back.setHref("banks");
            back.setText(getTranslation("bank.all-banks"));
            save.setText(getTranslation("bank.settings.create"));
            delete.setVisible(false);
            form.load(
                    new BankSettings("", "", BankLanguages.BOTH, Visibility.PRIVATE, Set.of(), Set.of()),
                    Map.of(),
                    shareable);
            return;
        }
        try {
            var summary = catalog.bank(id.get());
            if (!summary.mayManage()) {
                throw new org.springframework.security.access.AccessDeniedException("not the owner");
            }
            show(summary.bank());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void show(Bank b) {
        bank = b;
        BankCatalogService.Sharing sharing = catalog.sharing(b.id());
        back.setHref("bank/" + b.id());
        back.setText(getTranslation("bank.edit.back", b.title()));
        save.setText(getTranslation("bank.settings.save"));
        delete.setVisible(true);
        form.load(
                new BankSettings(
                        b.title(),
                        b.description(),
                        b.languages(),
                        b.visibility(),
                        b.classIds(),
                        Set.copyOf(sharing.editors())),
                sharing.classes(),
                shareable);
    }

    void save() {
        try {
            Bank saved = bank == null
                    ? catalog.create(form.settings())
                    : catalog.update(bank.id(), form.settings(), bank.version());
            form.showErrors(Map.of());
            notify(
                    getTranslation(bank == null ? "bank.settings.created" : "bank.settings.saved", saved.title()),
                    false);
            UI.getCurrent().navigate("bank/" + saved.id());
        } catch (InvalidInputException e) {
            form.showErrors(e.fieldErrors());
        } catch (ObjectOptimisticLockingFailureException e) {
            notify(getTranslation("bank.settings.changed"), true);
            show(catalog.bank(bank.id()).bank());
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("bank.settings.delete-title", bank.title()));
        confirm.setText(getTranslation("bank.settings.delete-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("bank.edit.cancel"));
        confirm.setConfirmText(getTranslation("bank.settings.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            catalog.retire(bank.id());
            notify(getTranslation("bank.settings.deleted", bank.title()), false);
            UI.getCurrent().navigate(BanksView.class);
        });
        confirm.open();
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(bank == null ? "bank.settings.new-page" : "bank.settings.page");
    }
}
