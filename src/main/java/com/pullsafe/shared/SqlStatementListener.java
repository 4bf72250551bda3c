package com.pullsafe.shared;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Tells {@link SqlStatementCount} of every statement EclipseLink sends to the database, failed ones
 * included; reads answered from the cache send none. Registered in persistence.xml ({@code
 * eclipselink.session-event-listener}).
 */
public class SqlStatementListener extends SessionEventAdapter {

  @Override
  public void preExecuteCall(SessionEvent event) {
    SqlStatementCount.statementSent();
  }
}
