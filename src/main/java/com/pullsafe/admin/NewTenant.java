package com.pullsafe.admin;

/** What it takes to open a tenant: its slug and name, and its first tenant admin. */
public record NewTenant(
    String slug, String name, String adminEmail, String adminDisplayName, String adminPassword) {}
