package dev.retort.diff.inspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CountingConnection wraps a real connection and counts the statements executed through it, to prove that
 * the inspector's number of queries does not grow with the number of tables.
 */
final class CountingConnection {

    private final AtomicInteger executed = new AtomicInteger();
    private final Connection proxy;

    CountingConnection(Connection real) {
        this.proxy = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (p, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof PreparedStatement ps) {
                        return wrap(ps, PreparedStatement.class);
                    }
                    if (result instanceof Statement s) {
                        return wrap(s, Statement.class);
                    }
                    return result;
                });
    }

    Connection connection() {
        return proxy;
    }

    int executed() {
        return executed.get();
    }

    private <T> T wrap(T statement, Class<T> type) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
