package com.pullsafe.web;

import com.pullsafe.roster.NewPerson;

/** A page's form for a new person (coach, athlete, tenant admin), filled in field by field. */
public final class PersonForm {

  private String name;
  private String email;
  private String password;

  public NewPerson person() {
    return new NewPerson(email, name, password);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
