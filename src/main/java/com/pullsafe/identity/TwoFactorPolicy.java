package com.pullsafe.identity;

/**
 * Whether a tenant requires two-factor sign-in of its coaches and tenant admins; implemented by the
 * tenant's settings, which may read identity but not be read by it.
 */
public interface TwoFactorPolicy {

  boolean requiredOfStaff(long tenantId);
}
