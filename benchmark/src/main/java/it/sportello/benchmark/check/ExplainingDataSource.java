package it.sportello.benchmark.check;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

/**
 * A PostgreSQL data source that explains every statement Hibernate sends through it, before running it: the SQL
 * exactly as prepared and the values exactly as bound ({@code setString}, {@code setLong}, ... replayed on an
 * {@code EXPLAIN (FORMAT JSON)} statement on the same connection). Plain {@code EXPLAIN}, never {@code ANALYZE}: a
 * write is planned, not run twice. Batches are not explained (the directory does not batch).
 */
final class ExplainingDataSource {

    private ExplainingDataSource() {}

    /** {@code onPlan} receives the SQL and its plan as PostgreSQL's JSON text. */
    static DataSource wrap(DataSource target, BiConsumer<String, String> onPlan) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c, onPlan) : result;
        });
    }

    private static Connection connection(Connection target, BiConsumer<String, String> onPlan) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return statement(target, statement, (String) args[0], onPlan);
            }
            return result;
        });
    }

    private static PreparedStatement statement(
            Connection connection, PreparedStatement target, String sql, BiConsumer<String, String> onPlan) {
        List<Object[]> bindings = new ArrayList<>();
        return proxy(PreparedStatement.class, target, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Object[] {method, args});
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if ((name.equals("executeQuery") || name.equals("executeUpdate") || name.equals("execute"))
                    && (args == null || args.length == 0)) {
                onPlan.accept(sql, explain(connection, sql, bindings));
            }
            return invoke(target, method, args);
        });
    }

    private static String explain(Connection connection, String sql, List<Object[]> bindings) throws SQLException {
        if (!explainable(sql)) {
            return null;
        }
        try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + sql)) {
            for (Object[] binding : bindings) {
                invoke(explain, (Method) binding[0], (Object[]) binding[1]);
            }
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                return plan.getString(1);
            }
        } catch (SQLException e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException("Cannot explain " + sql, e);
        }
    }

    private static boolean explainable(String sql) {
        String verb = sql.stripLeading().toLowerCase(Locale.ROOT);
        return verb.startsWith("select")
                || verb.startsWith("with")
                || verb.startsWith("update")
                || verb.startsWith("delete")
                || verb.startsWith("insert");
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(ExplainingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
