import type { RouteObject } from "react-router-dom";
import { App } from "./App";
import { environment } from "./environment";
import { ErrorPage } from "./ErrorPage";
import { navGroups } from "./navGroups";

const children: RouteObject[] = navGroups
  .flatMap((g) => g.entries)
  .map((e) => (e.path === "" ? { index: true, element: e.element } : { path: e.path, element: e.element }));

export const routes: RouteObject[] = [
  {
    path: decodeURIComponent(new URL(environment.baseUrl).pathname),
    element: <App />,
    errorElement: <ErrorPage />,
    children,
  },
];
