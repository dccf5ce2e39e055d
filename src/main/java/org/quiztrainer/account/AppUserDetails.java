package org.quiztrainer.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in principal: the account id travels with it so services can check ownership. Its role is
 * checked against the stored one on every request ({@link AccountFreshnessFilter}).
 *
 * @param disabled an admin disabled the account
 */
public record AppUserDetails(long id, String username, String passwordHash, Role role, boolean disabled)
        implements UserDetails {

    /** The principal of an account as stored now; the password hash stays in the database. */
    static AppUserDetails of(UserAccountEntity account) {
        return new AppUserDetails(account.getId(), account.getUsername(), "", account.getRole(), !account.isEnabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return !disabled;
    }
}
