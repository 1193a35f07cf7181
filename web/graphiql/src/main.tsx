/** GraphiQL, bundled: built by the next step of issue 13. */
document.getElementById('graphiql')?.append('GraphiQL');
