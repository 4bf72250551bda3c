package com.pullsafe.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlStatementCountTest {

  @Test
  void countsTheStatementsOfItsThreadWhileStarted() throws InterruptedException {
    SqlStatementListener listener = new SqlStatementListener();
    listener.preExecuteCall(null);
    SqlStatementCount count = SqlStatementCount.start();
    listener.preExecuteCall(null);
    listener.preExecuteCall(null);
    Thread elsewhere = new Thread(() -> listener.preExecuteCall(null));
    elsewhere.start();
    elsewhere.join();
    count.stop();
    listener.preExecuteCall(null);

    assertEquals(2, count.statements());
  }

  @Test
  void isOneServerTimingEntryThatDevtoolsShow() {
    SqlStatementCount count = SqlStatementCount.start();
    SqlStatementCount.statementSent();
    SqlStatementCount.statementSent();
    SqlStatementCount.statementSent();
    count.stop();

    assertEquals("sql;desc=\"3 SQL statements\"", count.serverTiming());
  }

  @Test
  void startsAtZero() {
    SqlStatementCount count = SqlStatementCount.start();
    count.stop();

    assertEquals("sql;desc=\"0 SQL statements\"", count.serverTiming());
  }
}
