console.error("server: TODO");
