tasks = ["Open the shop", "Count the money"]
tasks.append("Clean the floor")
for i in range(len(tasks)):
    print("- " + tasks[i])
