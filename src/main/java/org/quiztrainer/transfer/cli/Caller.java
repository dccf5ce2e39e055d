package org.quiztrainer.transfer.cli;

import java.util.List;
import java.util.Optional;
import org.quiztrainer.account.AppUserDetails;
import org.quiztrainer.account.LocalPrincipals;
import org.quiztrainer.bank.BankCatalogService;
import org.quiztrainer.bank.BankSummary;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who a command acts as (the account of {@code --user}, else {@code $QUIZTRAINER_USER}, else {@code admin}), so that
 * the services' access checks apply to the command line as they do in the app; and the bank a {@code --bank NAME}
 * means among those this account may edit.
 */
final class Caller {

    static final String DEFAULT_USER = "admin";

    private Caller() {}

    /** The user name a command acts as. */
    static String userName(CliArgs args) {
        return args.option("user")
                .or(() -> Optional.ofNullable(System.getenv("QUIZTRAINER_USER")).filter(s -> !s.isBlank()))
                .orElse(DEFAULT_USER);
    }

    /** Makes the account the caller of the services on this thread. */
    static AppUserDetails login(ApplicationContext app, String userName) throws CliArgs.UsageException {
        AppUserDetails me = app.getBean(LocalPrincipals.class)
                .of(userName)
                .orElseThrow(() -> new CliArgs.UsageException("no account '" + userName + "' (name one with --user)"));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(me, null, me.getAuthorities()));
        return me;
    }

    /**
     * The bank of that title the caller may edit; empty when there is none.
     *
     * @throws CliArgs.UsageException when several have the title
     */
    static Optional<BankSummary> bank(ApplicationContext app, String title) throws CliArgs.UsageException {
        List<BankSummary> named = app.getBean(BankCatalogService.class).banks().stream()
                .filter(b -> b.mayEdit() && b.bank().title().strip().equalsIgnoreCase(title.strip()))
                .toList();
        if (named.size() > 1) {
            throw new CliArgs.UsageException(
                    named.size() + " banks you may edit are called '" + title + "': rename one in the app");
        }
        return named.stream().findFirst();
    }
}
