tasks = ["افتح المحل", "عد النقود"]
tasks.append("نظف الأرض")
for i in range(len(tasks)):
    print("- " + tasks[i])
