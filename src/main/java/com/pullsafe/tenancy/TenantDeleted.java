package com.pullsafe.tenancy;

import java.util.List;

/** A tenant was deleted with its accounts; fired in the deleting transaction. */
public record TenantDeleted(long tenantId, List<String> emails) {}
